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

    private record Sample(long at, StackTraceElement[] stack, StackTraceElement[] renderer) {
    }

    private final Thread fx;
    private Thread renderer; // JavaFX's QuantumRenderer: the FX thread waits for it at the start of each pulse
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
        renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        sampler = new Thread(() -> {
            while (running) {
                StackTraceElement[] stack = fx.getStackTrace();
                StackTraceElement[] render = renderer == null ? new StackTraceElement[0] : renderer.getStackTrace();
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime() - startNanos, stack, render));
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
        Map<String, Integer> fxStacks = new LinkedHashMap<>();
        Map<String, Integer> renderStacks = new LinkedHashMap<>();
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.at() >= from && s.at() <= to) {
                    fxStacks.merge(describe(s.stack()), 1, Integer::sum);
                    renderStacks.merge(describe(s.renderer()), 1, Integer::sum);
                }
            }
        }
        return "   FX thread:\n" + top(fxStacks) + "   renderer:\n" + top(renderStacks);
    }

    private static String top(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .forEach(e -> out.append("    ").append(e.getValue()).append(" samples:\n").append(e.getKey()));
        return out.toString();
    }

    /** The top frames, plus the scene-graph nodes further down (which node the renderer was drawing). */
    private static String describe(StackTraceElement[] stack) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < stack.length; i++) {
            boolean node = stack[i].getClassName().startsWith("com.sun.javafx.sg.prism.NG");
            if (i < DEPTH || node && stack[i].getMethodName().startsWith("render")) {
                b.append("      at ").append(stack[i]).append('\n');
            }
        }
        return b.toString();
    }
}
