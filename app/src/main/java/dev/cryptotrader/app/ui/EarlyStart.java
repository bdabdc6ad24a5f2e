package dev.cryptotrader.app.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.trading.port.CandleStore;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The work {@link GuiMain} starts before JavaFX is up, on a spare core: building the injector, opening the database
 * (migrations, SQLite's native library) and listing its series once, so the window finds a warm store when it asks.
 * JavaFX needs half a second to start; this runs alongside it instead of after it.
 */
final class EarlyStart {

    private final CompletableFuture<Injector> injector;

    private EarlyStart(CompletableFuture<Injector> injector) {
        this.injector = injector;
    }

    static EarlyStart begin(Path database) {
        Executor thread = task -> {
            Thread t = new Thread(task, "early-start");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<Injector> injector = CompletableFuture.supplyAsync(() -> {
            LoggerFactory.getLogger(EarlyStart.class); // logging initialises here, not on the FX thread
            return Guice.createInjector(new CoreModule(database), new UiModule());
        }, thread);
        injector.thenAcceptAsync(EarlyStart::warmStore, thread);
        return new EarlyStart(injector);
    }

    /** The injector, once built (usually before JavaFX has finished starting). */
    Injector injector() {
        return injector.join();
    }

    private static void warmStore(Injector injector) {
        try {
            injector.getInstance(CandleStore.class).listSeries();
        } catch (RuntimeException e) {
            // The window reports database problems itself, in the status bar.
            LoggerFactory.getLogger(EarlyStart.class).debug("early database open failed", e);
        }
    }
}
