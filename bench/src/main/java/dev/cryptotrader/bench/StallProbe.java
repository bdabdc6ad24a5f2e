package dev.cryptotrader.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * How long the FX thread keeps other work waiting. A probe thread posts a {@code Platform.runLater} every
 * millisecond and the FX thread records how long after posting it ran; an {@link AnimationTimer} records the gaps
 * between pulses. All recording happens on the FX thread, into preallocated arrays.
 */
final class StallProbe {

    private static final int CAPACITY = 1 << 19; // over 8 minutes of probes at one a millisecond

    private final long[] delays = new long[CAPACITY];
    private final long[] postedAt = new long[CAPACITY]; // nanos after start
    private int count; // FX thread
    private int dropped; // FX thread
    private long maxPulseGap; // FX thread
    private long lastPulse; // FX thread
    private long pulses; // FX thread
    private volatile boolean running = true;
    private long startNanos; // set by begin()
    // Wall clock, monotonic clock (perf's -k mono) and JVM uptime (-Xlog's uptime decoration), to line traces up.
    private String began;
    private final Thread poster;
    private final GcPauses gc = new GcPauses();
    private FxStackSampler stacks; // null unless -Dlivepath.stacks=true
    private final FxSchedStat sched = FxSchedStat.enabled() ? new FxSchedStat(CAPACITY) : null;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastPulse != 0) {
                maxPulseGap = Math.max(maxPulseGap, now - lastPulse);
            }
            lastPulse = now;
            pulses++;
        }
    };

    record Result(int probes, double maxMs, double p999Ms, double p99Ms, double meanMs, double maxAfter5sMs,
                  double maxPulseGapMs, long pulses, double seconds, int dropped, String began, String worst,
                  String gc) {
        String describe() {
            return String.format("FX thread stalls over %.1f s (%,d probes, 1/ms): max %.1f ms, p99.9 %.1f ms, "
                            + "p99 %.1f ms, mean %.2f ms; max after the first 5 s %.1f ms; longest pulse gap %.1f "
                            + "ms (%,d pulses)%s; goal max <= %.0f ms: %s%n  worst stalls (ms @ s into the run, "
                            + "which began at %s): %s%n  GC during the run: %s",
                    seconds, probes, maxMs, p999Ms, p99Ms, meanMs, maxAfter5sMs, maxPulseGapMs, pulses,
                    dropped > 0 ? " (" + dropped + " probes not recorded)" : "", LivePathBenchmark.GOAL_MS,
                    maxMs <= LivePathBenchmark.GOAL_MS ? "met" : "MISSED", began, worst, gc);
        }
    }

    private StallProbe() {
        poster = new Thread(this::post, "fx-stall-probe");
        poster.setDaemon(true);
    }

    /**
     * A probe with its arrays allocated, not yet probing. Prepare it before the collection that precedes a run: its
     * arrays are humongous for G1, and allocating them at the start of the run began a G1 marking cycle whose remark
     * pause landed in the run's first second (seen in the GC log as "Concurrent Start (G1 Humongous Allocation)").
     * Its collection listener starts listening here too ({@link GcPauses}).
     */
    static StallProbe prepare() {
        return new StallProbe();
    }

    /** Starts probing; what it measures is timed from now. */
    StallProbe begin() throws Exception {
        startNanos = System.nanoTime();
        began = java.time.LocalTime.now() + String.format(", monotonic %.6f s, JVM uptime %.3f s", startNanos / 1e9,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        Thread fx = LivePathBenchmark.onFx(() -> {
            timer.start();
            return Thread.currentThread();
        });
        if (FxStackSampler.enabled()) {
            stacks = new FxStackSampler(fx, startNanos);
            stacks.start();
        }
        gc.start();
        poster.start();
        return this;
    }

    private void post() {
        long next = System.nanoTime();
        while (running) {
            long posted = System.nanoTime();
            Platform.runLater(() -> record(posted));
            next += 1_000_000;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                next = System.nanoTime(); // late (the machine is busy): no burst to catch up
            }
        }
    }

    private void record(long posted) {
        long ran = System.nanoTime();
        long delay = ran - posted;
        if (stacks != null) {
            stacks.probeRan(ran);
        }
        if (count < CAPACITY) {
            if (sched != null) {
                sched.record(count);
            }
            postedAt[count] = posted - startNanos;
            delays[count++] = delay;
        } else {
            dropped++;
        }
    }

    /** Stops probing and returns the figures once every posted probe has run. */
    Result stop() throws Exception {
        long stopped = System.nanoTime();
        running = false;
        poster.join();
        if (stacks != null) {
            stacks.stop();
        }
        String gcPauses = gc.stop();
        return LivePathBenchmark.onFx(() -> {
            timer.stop();
            long[] sorted = Arrays.copyOf(delays, count);
            Arrays.sort(sorted);
            double sum = 0;
            for (long d : sorted) {
                sum += d;
            }
            long after5s = 0;
            for (int i = 0; i < count; i++) {
                if (postedAt[i] >= 5_000_000_000L) {
                    after5s = Math.max(after5s, delays[i]);
                }
            }
            return new Result(count, ms(at(sorted, 1.0)), ms(at(sorted, 0.999)), ms(at(sorted, 0.99)),
                    count == 0 ? 0 : sum / count / 1e6, ms(after5s), ms(maxPulseGap), pulses,
                    (stopped - startNanos) / 1e9, dropped, began, worst(5), gcPauses);
        });
    }

    /** The {@code n} longest stalls, one per stall: a stall delays every probe posted during it. */
    private String worst(int n) {
        List<String> out = new ArrayList<>();
        boolean[] taken = new boolean[count];
        for (int k = 0; k < n; k++) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (!taken[i] && (best < 0 || delays[i] > delays[best])) {
                    best = i;
                }
            }
            if (best < 0 || delays[best] < 2_000_000) {
                break;
            }
            // The probes posted while this one waited belong to the same stall.
            long end = postedAt[best] + delays[best];
            for (int i = 0; i < count; i++) {
                if (postedAt[i] >= postedAt[best] - 50_000_000 && postedAt[i] <= end) {
                    taken[i] = true;
                }
            }
            out.add(String.format("%.1f @ %.3f", ms(delays[best]), postedAt[best] / 1e9)
                    + (sched == null ? "" : schedDuring(best))
                    + (stacks == null ? "" : "\n" + stacks.during(postedAt[best], end)));
        }
        return out.isEmpty() ? "none over 2 ms" : String.join(", ", out);
    }

    /** The FX thread's accounting from the last probe that ran before stall {@code i} began to its end. */
    private String schedDuring(int i) {
        int before = i - 1;
        while (before >= 0 && postedAt[before] + delays[before] > postedAt[i]) {
            before--;
        }
        return before < 0 ? "" : sched.between(before, i, postedAt[i] + delays[i] - postedAt[before] - delays[before]);
    }

    private static long at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.clamp(i, 0, sorted.length - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
