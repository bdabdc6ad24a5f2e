package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.app.ui.FxBridge;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work that must happen in order (a drawing created, then moved, then its move undone) on a bridge whose
 * executor has several threads: each task starts only when the one before it has handed its result to the FX thread.
 * Call it on the FX thread.
 */
public final class SerialWork {

    private final FxBridge bridge;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    public SerialWork(FxBridge bridge) {
        this.bridge = bridge;
    }

    public <T> void submit(Callable<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        waiting.add(() -> bridge.run(work, result -> {
            try {
                onResult.accept(result);
            } finally {
                next();
            }
        }, failure -> {
            try {
                onFailure.accept(failure);
            } finally {
                next();
            }
        }));
        if (!running) {
            next();
        }
    }

    /**
     * True when no task waits to start: called from a result handler, it says that result is the newest state (no
     * later write will change it).
     */
    public boolean nothingWaiting() {
        return waiting.isEmpty();
    }

    private void next() {
        Runnable task = waiting.poll();
        running = task != null;
        if (task != null) {
            task.run();
        }
    }
}
