package dev.cryptotrader.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A diagnostic for stall hunting, on with {@code -Dlivepath.stacks=true}: samples the JavaFX thread's stack every
 * few milliseconds so the worst stalls can be printed with what that thread was doing during them.
 */
final class FxStackSampler {

    private static final int EVERY_MILLIS = 3;
    private static final int DEPTH = 14;

    private record Sample(long at, StackTraceElement[] stack) {
    }

    private final Thread fx;
    private final long startNanos;
    private final List<Sample> samples = new ArrayList<>();
    private volatile boolean running = true;
    private Thread sampler;

    FxStackSampler(Thread fx, long startNanos) {
        this.fx = fx;
        this.startNanos = startNanos;
    }

    static boolean enabled() {
        return Boolean.getBoolean("livepath.stacks");
    }

    void start() {
        sampler = new Thread(() -> {
            while (running) {
                StackTraceElement[] stack = fx.getStackTrace();
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime() - startNanos, stack));
                }
                try {
                    Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** The distinct stacks seen between {@code from} and {@code to} (nanos after start), most frequent first. */
    String during(long from, long to) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.at() >= from && s.at() <= to) {
                    counts.merge(describe(s.stack()), 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> out.append("    ").append(e.getValue()).append(" samples:\n").append(e.getKey()));
        return out.toString();
    }

    private static String describe(StackTraceElement[] stack) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(DEPTH, stack.length); i++) {
            b.append("      at ").append(stack[i]).append('\n');
        }
        return b.toString();
    }
}
