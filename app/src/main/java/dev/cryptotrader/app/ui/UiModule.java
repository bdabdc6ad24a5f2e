package dev.cryptotrader.app.ui;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.cryptotrader.trading.port.CandleStore;
import jakarta.inject.Named;
import jakarta.inject.Provider;
import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The UI half of the composition root (the engine half is {@code CoreModule}): the executors behind {@link FxBridge}
 * and the series catalog. {@link #sameThread()} runs all work on the calling thread, for tests.
 */
public final class UiModule extends AbstractModule {

    private static final int BACKGROUND_THREADS = 2;

    private final boolean sameThread;
    private final boolean seedDemoWhenEmpty;

    public UiModule() {
        this(false, true);
    }

    private UiModule(boolean sameThread, boolean seedDemoWhenEmpty) {
        this.sameThread = sameThread;
        this.seedDemoWhenEmpty = seedDemoWhenEmpty;
    }

    /** Background work and FX delivery both on the calling thread; no demo seeding. */
    public static UiModule sameThread() {
        return new UiModule(true, false);
    }

    @Provides
    @Singleton
    @Named(FxBridge.BACKGROUND)
    Executor background() {
        return sameThread ? Runnable::run : Executors.newFixedThreadPool(BACKGROUND_THREADS, daemonThreads());
    }

    @Provides
    @Singleton
    @Named(FxBridge.FX)
    Executor fx() {
        // Through a normal-priority poster: background threads never take the toolkit's queue lock themselves.
        return sameThread ? Runnable::run : new FxHandOff(Platform::runLater);
    }

    @Provides
    @Singleton
    SeriesCatalog seriesCatalog(Provider<CandleStore> store) {
        return new SeriesCatalog(store::get, seedDemoWhenEmpty);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return BackgroundPriority.lowered(r -> {
            Thread t = new Thread(r, "ui-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
