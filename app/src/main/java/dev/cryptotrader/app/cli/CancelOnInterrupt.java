package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a cancel: the JVM's shutdown waits (up to {@link #GRACE_SECONDS}) while the run stores the page in
 * flight and prints its summary, so an interrupted backfill says where the next one will resume.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private static final long GRACE_SECONDS = 30;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    CancelOnInterrupt(CancellationToken token) {
        hook = new Thread(() -> {
            token.cancel();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C already started the shutdown; the hook is running and has just been released.
        }
    }
}
