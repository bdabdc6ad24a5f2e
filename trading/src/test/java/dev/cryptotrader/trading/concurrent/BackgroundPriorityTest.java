package dev.cryptotrader.trading.concurrent;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackgroundPriorityTest {

    @Test
    void threadsOfALoweredFactoryRunNicerThanTheThreadThatMadeThem() throws Exception {
        Optional<Integer> callerNice = callerNiceOnLinux();
        ExecutorService pool = loweredPool("t");
        try {
            CompletableFuture<Optional<Integer>> nice = CompletableFuture.supplyAsync(BackgroundPriority::currentNice,
                    pool);
            CompletableFuture<Integer> javaPriority = CompletableFuture.supplyAsync(
                    () -> Thread.currentThread().getPriority(), pool);

            assertThat(nice.get(10, TimeUnit.SECONDS)).contains(backgroundNice(callerNice.get()));
            assertThat(javaPriority.get(10, TimeUnit.SECONDS)).isEqualTo(Thread.MIN_PRIORITY);
        } finally {
            pool.shutdown();
        }
        assertThat(BackgroundPriority.currentNice()).as("the caller keeps its own priority").isEqualTo(callerNice);
    }

    /** A thread inherits its creator's nice value: a background thread started by another must not go lower still. */
    @Test
    void aBackgroundThreadStartedByAnotherGetsTheSamePriorityNotLower() throws Exception {
        Optional<Integer> callerNice = callerNiceOnLinux();
        ExecutorService outer = loweredPool("o");
        try {
            Optional<Integer> inner = CompletableFuture.supplyAsync(() -> {
                ExecutorService nested = loweredPool("i");
                try {
                    return nested.submit(BackgroundPriority::currentNice).get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    nested.shutdown();
                }
            }, outer).get(10, TimeUnit.SECONDS);

            assertThat(inner).contains(backgroundNice(callerNice.get()));
        } finally {
            outer.shutdown();
        }
    }

    private static Optional<Integer> callerNiceOnLinux() {
        Optional<Integer> nice = BackgroundPriority.currentNice();
        assumeTrue(nice.isPresent(), "thread nice values are only read on Linux");
        return nice;
    }

    private static ExecutorService loweredPool(String threadName) {
        return Executors.newSingleThreadExecutor(BackgroundPriority.lowered(r -> new Thread(r, threadName)));
    }

    /** The nice value a background thread gets when the caller has {@code callerNice}: 19 at most. */
    private static int backgroundNice(int callerNice) {
        return Math.min(19, callerNice + BackgroundPriority.NICE);
    }
}
