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
    private volatile long lastProbe = System.nanoTime(); // when a probe last ran on the FX thread
    private Thread sampler;

    FxStackSampler(Thread fx, long startNanos) {
        this.fx = fx;
        this.startNanos = startNanos;
    }

    static boolean enabled() {
        return Boolean.getBoolean("livepath.stacks");
    }

    /** On the FX thread: a probe ran (the thread is not stalled). */
    void probeRan(long nanos) {
        lastProbe = nanos;
    }

    void start() {
        renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        sampler = new Thread(() -> {
            // -Dlivepath.stacks.seconds=N: every millisecond, only for the first N seconds. -Dlivepath.stacks.onstall:
            // every millisecond, but only while the probe has not run for 5 ms (little disturbance otherwise).
            long seconds = Long.getLong("livepath.stacks.seconds", 0);
            boolean onStall = Boolean.getBoolean("livepath.stacks.onstall");
            long until = seconds > 0 ? startNanos + seconds * 1_000_000_000L : Long.MAX_VALUE;
            int every = seconds > 0 || onStall ? 1 : EVERY_MILLIS;
            while (running && System.nanoTime() < until) {
                if (!onStall || System.nanoTime() - lastProbe > 5_000_000) {
                    StackTraceElement[] stack = fx.getStackTrace();
                    StackTraceElement[] render = renderer == null ? new StackTraceElement[0]
                            : renderer.getStackTrace();
                    synchronized (samples) {
                        samples.add(new Sample(System.nanoTime() - startNanos, stack, render));
                    }
                }
                try {
                    Thread.sleep(every);
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
        Map<String, Integer> phases = new LinkedHashMap<>();
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.at() >= from && s.at() <= to) {
                    fxStacks.merge(describe(s.stack()), 1, Integer::sum);
                    renderStacks.merge(describe(s.renderer()), 1, Integer::sum);
                    phases.merge(phase(s.stack()), 1, Integer::sum);
                }
            }
        }
        StringBuilder summary = new StringBuilder("   FX thread by phase (samples):");
        phases.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> summary.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        return summary + "\n   FX thread:\n" + top(fxStacks) + "   renderer:\n" + top(renderStacks);
    }

    /** What part of its work the FX thread was in: a pulse phase, waiting, or the first frame of ours. */
    private static String phase(StackTraceElement[] stack) {
        String ours = null;
        for (StackTraceElement f : stack) {
            String m = f.getMethodName();
            String c = f.getClassName();
            if (ours == null && c.startsWith("dev.cryptotrader") && !c.startsWith("dev.cryptotrader.bench")) {
                ours = c.substring(c.lastIndexOf('.') + 1) + "." + m;
            }
            if (c.endsWith("RunnableQueue") && m.equals("getNextRunnable")) {
                return "idle";
            }
            if (c.endsWith("PaintCollector") || m.equals("waitForRenderingToComplete")) {
                return "waiting-for-renderer";
            }
            String pulse = switch (m) {
                case "doCSSPass" -> "css";
                case "doLayoutPass" -> "layout";
                case "runPostLayout" -> "chart-redraw";
                case "synchronizeSceneNodes", "synchronizeSceneProperties" -> "sync";
                default -> null;
            };
            if (pulse != null) {
                return ours != null ? pulse + ":" + ours : pulse;
            }
        }
        return ours != null ? ours : stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
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
            boolean ours = stack[i].getClassName().startsWith("dev.cryptotrader");
            if (i < DEPTH || ours || node && stack[i].getMethodName().startsWith("render")) {
                b.append("      at ").append(stack[i]).append('\n');
            }
        }
        return b.toString();
    }
}
