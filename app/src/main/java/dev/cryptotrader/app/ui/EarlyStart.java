package dev.cryptotrader.app.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.ui.chart.CandleColumns;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.main.FirstView;
import dev.cryptotrader.app.ui.series.SeriesPickerViewModel;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The work {@link GuiMain} starts before JavaFX is up, on a spare core: building the injector, opening the database
 * (SQLite's native library, the schema check) and reading what the window shows first ({@link FirstView}). JavaFX
 * needs a second to start and the window as long again to build; this runs alongside instead of after them.
 */
final class EarlyStart {

    private final CompletableFuture<Injector> injector;
    private final CompletableFuture<FirstView> firstView;

    private EarlyStart(CompletableFuture<Injector> injector, CompletableFuture<FirstView> firstView) {
        this.injector = injector;
        this.firstView = firstView;
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
        return new EarlyStart(injector, injector.thenApplyAsync(EarlyStart::readFirstView, thread));
    }

    /** The injector, once built (usually before JavaFX has finished starting). */
    Injector injector() {
        return injector.join();
    }

    /**
     * What the window shows first if it has been read by now, else null: the window then reads it itself, as it
     * would without an early start. Never waits, so a slow database cannot hold up the window.
     */
    FirstView firstViewIfReady() {
        return firstView.getNow(null);
    }

    /** The same reads the window would make first, in the same order; null when there is nothing to show yet. */
    private static FirstView readFirstView(Injector injector) {
        try {
            CandleStore store = injector.getInstance(CandleStore.class);
            List<SeriesInfo> series = injector.getInstance(SeriesCatalog.class).list();
            return SeriesPickerViewModel.richest(series).map(richest -> new FirstView(series, richest.key(),
                    CandleColumns.forChart(store.readLatest(richest.key(), ChartViewModel.FIRST_PAINT_BARS)))).orElse(null);
        } catch (RuntimeException e) {
            // The window reads again and reports database problems itself, in the status bar.
            LoggerFactory.getLogger(EarlyStart.class).debug("early database read failed", e);
            return null;
        }
    }
}
