package dev.cryptotrader.app.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FxHandOffTest {

    /** Stands in for the toolkit: one "FX" thread; records which threads posted to it. */
    private final ExecutorService fxThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final Set<String> posters = ConcurrentHashMap.newKeySet();
    private final FxHandOff handOff = new FxHandOff(task -> {
        posters.add(Thread.currentThread().getName());
        fxThread.execute(task);
    });

    @Test
    void tasksFromManyThreadsAllRunOnceInEachThreadsOrderAndOnlyThePosterTouchesTheToolkit() throws Exception {
        int producers = 4;
        int each = 5_000;
        List<List<Integer>> seen = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            seen.add(new ArrayList<>()); // written only on the fake FX thread
        }
        CountDownLatch done = new CountDownLatch(producers * each);
        ExecutorService callers = Executors.newFixedThreadPool(producers);
        for (int p = 0; p < producers; p++) {
            int producer = p;
            callers.execute(() -> {
                for (int i = 0; i < each; i++) {
                    int n = i;
                    handOff.execute(() -> {
                        seen.get(producer).add(n);
                        done.countDown();
                    });
                }
            });
        }

        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        callers.shutdown();
        fxThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
        for (List<Integer> list : seen) {
            assertThat(list).hasSize(each).isSorted();
        }
        assertThat(posters).containsExactly("fx-handoff");
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
        List<String> ran = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        fxThread.submit(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> ran.add("reported " + e.getMessage())))
                .get(10, TimeUnit.SECONDS);

        handOff.execute(() -> ran.add("first"));
        handOff.execute(() -> {
            throw new IllegalStateException("boom");
        });
        handOff.execute(() -> {
            ran.add("third");
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first", "reported boom", "third");
    }

    @Test
    void aToolkitThatRefusesAHandOverDoesNotEndTheHandOffTheNextTaskAsksAgain() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean refuse = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch refused = new CountDownLatch(1);
        FxHandOff flaky = new FxHandOff(task -> {
            if (refuse.getAndSet(false)) {
                refused.countDown();
                throw new IllegalStateException("Toolkit not initialized");
            }
            fxThread.execute(task);
        });
        CountDownLatch done = new CountDownLatch(1);

        flaky.execute(() -> ran.add("queued while refused"));
        assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(50); // the poster has reported the refusal and is waiting again
        flaky.execute(() -> {
            ran.add("next");
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("queued while refused", "next");
    }
}
