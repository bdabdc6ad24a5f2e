package dev.cryptotrader.bench;

import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * A diagnostic for stall hunting, on with {@code -Dlivepath.schedstat=true} (Linux): at every probe the FX thread
 * reads its own scheduler accounting ({@code /proc/thread-self/schedstat}: time on a CPU, time runnable but waiting
 * for one). Over a stall, the difference tells its kind: the FX thread busy (on CPU), starved by other threads
 * (waiting for a CPU), or asleep (a lock, the renderer, a safepoint).
 */
final class FxSchedStat {

    private final long[] onCpu;
    private final long[] waiting;
    private final byte[] buffer = new byte[128];
    private RandomAccessFile file; // opened on the FX thread: thread-self is the reader's own thread

    FxSchedStat(int capacity) {
        onCpu = new long[capacity];
        waiting = new long[capacity];
    }

    static boolean enabled() {
        return Boolean.getBoolean("livepath.schedstat");
    }

    /** On the FX thread: records its accounting as probe {@code i}. */
    void record(int i) {
        try {
            if (file == null) {
                file = new RandomAccessFile("/proc/thread-self/schedstat", "r");
            }
            file.seek(0);
            int n = file.read(buffer);
            int at = 0;
            long cpu = 0;
            while (at < n && buffer[at] != ' ') {
                cpu = cpu * 10 + (buffer[at++] - '0');
            }
            long wait = 0;
            for (at++; at < n && buffer[at] != ' '; at++) {
                wait = wait * 10 + (buffer[at] - '0');
            }
            onCpu[i] = cpu;
            waiting[i] = wait;
        } catch (IOException e) {
            onCpu[i] = -1;
        }
    }

    /** How the FX thread spent the time between probes {@code before} and {@code i}, which ran {@code wallNanos} apart. */
    String between(int before, int i, long wallNanos) {
        if (before < 0 || onCpu[before] < 0 || onCpu[i] < 0) {
            return "";
        }
        double cpu = (onCpu[i] - onCpu[before]) / 1e6;
        double wait = (waiting[i] - waiting[before]) / 1e6;
        return String.format(" [FX thread: on CPU %.1f, waiting for a CPU %.1f, asleep %.1f ms]", cpu, wait,
                wallNanos / 1e6 - cpu - wait);
    }
}
