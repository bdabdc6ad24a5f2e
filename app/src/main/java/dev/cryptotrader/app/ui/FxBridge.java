package dev.cryptotrader.app.ui;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The one way the UI hears from the engine: work runs on the background executor, its result (or failure) is handed
 * to the JavaFX thread. View models never touch a thread themselves. Tests build it with {@link #sameThread()}, so
 * asynchronous view models run synchronously.
 */
public final class FxBridge {

    /** Names the executor for engine work (reads, loads); never the FX thread. */
    public static final String BACKGROUND = "ui-background";
    /** Names the executor that runs on the JavaFX application thread. */
    public static final String FX = "fx";

    private static final Logger LOG = LoggerFactory.getLogger(FxBridge.class);

    private final Executor background;
    private final Executor fx;

    @Inject
    public FxBridge(@Named(BACKGROUND) Executor background, @Named(FX) Executor fx) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Runs everything on the calling thread (for tests). */
    public static FxBridge sameThread() {
        return new FxBridge(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background, then {@code onResult} or {@code onFailure} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        try {
            background.execute(() -> runNow(work, onResult, onFailure));
        } catch (RejectedExecutionException e) {
            // The executor was shut down: the app (or a test) is closing, and late work is dropped, not an error.
            LOG.debug("background work dropped: the executor is shut down");
        }
    }

    private <T> void runNow(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            LOG.warn("background work failed", e);
            fx.execute(() -> onFailure.accept(e));
            return;
        }
        fx.execute(() -> onResult.accept(result));
    }

    /** Hands {@code action} to the FX thread (for engine callbacks that arrive on other threads). */
    public void onFx(Runnable action) {
        fx.execute(action);
    }
}
