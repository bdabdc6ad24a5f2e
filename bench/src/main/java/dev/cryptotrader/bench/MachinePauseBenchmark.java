package dev.cryptotrader.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor under {@link LivePathBenchmark}'s goal: how long this machine keeps a thread that does nothing from
 * running. One sleeper per CPU, each asking to wake every millisecond for 60 s (the live run's length) and recording
 * how late it woke; they allocate nothing, so no collection stops them. No JavaFX, no app.
 *
 * <p>A sleeper woken late while the machine is otherwise idle was held off by something outside this JVM: the OS or,
 * on a virtual machine, the host. When every sleeper is late at the same moment, the whole machine stood still. No
 * thread, the FX thread included, can be kept to 16 ms on a machine that stops for longer: compare
 * {@code lateMaxMs} with the live run's {@code stallMaxMs}, measured in the same batch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseG1GC", "-Xms1g"}) // as LivePathBenchmark's
public class MachinePauseBenchmark {

    static final long PERIOD_NANOS = 1_000_000;
    /** A wake-up this late counts as a pause worth listing. */
    static final long LISTED_NANOS = 8_000_000;

    /** The figures, as JMH secondary results. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Lateness {
        /** The latest any sleeper woke, past its millisecond. */
        public double lateMaxMs;
        /** Wake-ups more than 16 ms late, over all sleepers. */
        public double lateOver16ms;
        /** Moments every sleeper was more than 8 ms late at once: the whole machine stood still. */
        public double machineStops;
    }

    /** A wake-up {@code lateNanos} late: the thread could have run from {@code atNanos} on, and did not. */
    record Late(long atNanos, long lateNanos) {
    }

    /** Sleeps a millisecond at a time until {@code endNanos}; returns the wake-ups at least 8 ms late. */
    static List<Late> sleep(long endNanos, long[] maxLate, int slot) {
        List<Late> late = new ArrayList<>();
        for (long t = System.nanoTime(); t < endNanos; t = System.nanoTime()) {
            LockSupport.parkNanos(PERIOD_NANOS);
            long lateBy = System.nanoTime() - t - PERIOD_NANOS;
            maxLate[slot] = Math.max(maxLate[slot], lateBy);
            if (lateBy >= LISTED_NANOS) {
                late.add(new Late(t + PERIOD_NANOS, lateBy));
            }
        }
        return late;
    }

    @Benchmark
    public long sleepers(Lateness out) throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(LivePathBenchmark.SECONDS);
        long[] maxLate = new long[cpus];
        List<List<Late>> late = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < cpus; i++) {
            int slot = i;
            List<Late> mine = new ArrayList<>();
            late.add(mine);
            threads.add(Thread.ofPlatform().name("sleeper-" + i).start(() -> mine.addAll(sleep(end, maxLate, slot))));
        }
        for (Thread t : threads) {
            t.join();
        }
        long max = 0;
        for (long m : maxLate) {
            max = Math.max(max, m);
        }
        out.lateMaxMs = max / 1e6;
        out.lateOver16ms = late.stream().flatMap(List::stream).filter(l -> l.lateNanos() > 16_000_000).count();
        List<String> stops = wholeMachineStops(late, started);
        out.machineStops = stops.size();
        System.out.printf("%nmachine, %d sleepers waking every 1 ms for %d s, load %s: latest wake-up %.1f ms late; "
                        + "%d wake-ups over 16 ms late; all sleepers late at once (ms @ s): %s%n", cpus,
                LivePathBenchmark.SECONDS, LivePathBenchmark.loadAverage(), out.lateMaxMs, (long) out.lateOver16ms,
                stops.isEmpty() ? "never" : String.join(", ", stops));
        return System.nanoTime() - started;
    }

    /** The moments every sleeper's late wake-up overlapped the others': the shortest of them, and when. */
    static List<String> wholeMachineStops(List<List<Late>> late, long started) {
        List<String> stops = new ArrayList<>();
        for (Late first : late.getFirst()) {
            long from = first.atNanos();
            long to = first.atNanos() + first.lateNanos();
            boolean all = true;
            for (List<Late> other : late.subList(1, late.size())) {
                Late overlap = null;
                for (Late l : other) {
                    if (l.atNanos() < to && l.atNanos() + l.lateNanos() > from) {
                        overlap = l;
                        break;
                    }
                }
                if (overlap == null) {
                    all = false;
                    break;
                }
                from = Math.max(from, overlap.atNanos());
                to = Math.min(to, overlap.atNanos() + overlap.lateNanos());
            }
            if (all && to > from) {
                stops.add(String.format("%.1f @ %.1f", (to - from) / 1e6, (from - started) / 1e9));
            }
        }
        return stops;
    }
}
