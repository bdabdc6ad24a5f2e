package dev.cryptotrader.trading.venue.stream;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition every few milliseconds until it holds; fails with the description and the last state. */
public final class Await {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, () -> "");
    }

    public static void until(String what, BooleanSupplier condition, Supplier<Object> state) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + what + "; state: "
                        + state.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }
}
