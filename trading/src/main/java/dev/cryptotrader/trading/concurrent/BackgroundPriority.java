package dev.cryptotrader.trading.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs background threads (storing, parsing, catch-up, database reads) at a lower operating-system priority than the
 * JavaFX and render threads, so on a machine with few cores the screen wins whenever both want the CPU and background
 * work takes what is left. Background work still runs at full speed while the screen is idle.
 *
 * <p>Java's {@link Thread#setPriority} is ignored on Linux unless the JVM runs as root with a special flag, so there
 * each thread sets its own nice value through {@code setpriority(PRIO_PROCESS, tid, …)} (on Linux that call applies
 * to the one thread): the process's nice value + 10, whichever thread started it. Elsewhere the Java priority is
 * lowered, which Windows and macOS honour. Failing to lower a
 * priority is logged once and otherwise harmless.
 */
public final class BackgroundPriority {

    /**
     * Linux nice value for background threads, above the process's: the lowest there is, about 1/70 of a normal
     * thread's CPU share under contention. With 10 (a tenth) the live path's catch-up and parsing took enough of two
     * cores from the FX thread to stall it longer in the live-path benchmark (medians 32 vs 22 ms over three runs each).
     */
    static final int NICE = 19;
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");

    private BackgroundPriority() {
    }

    /** {@code factory}'s threads, each lowering its own priority as it starts. */
    public static ThreadFactory lowered(ThreadFactory factory) {
        return task -> factory.newThread(() -> {
            lowerCurrentThread();
            task.run();
        });
    }

    /** Lowers the priority of the calling thread. */
    public static void lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!LINUX) {
            return;
        }
        try {
            int tid = (int) Native.GETTID.invokeExact();
            int now = (int) Native.GETPRIORITY.invokeExact(0 /* PRIO_PROCESS */, tid);
            // Relative to the process (its main thread), not to this thread: a thread inherits its creator's nice
            // value, and a background thread started by another one would otherwise end up at 19, where it can
            // starve for long enough to hold up every safepoint (collections stop the FX thread until all threads
            // have stopped).
            int process = (int) Native.GETPRIORITY.invokeExact(0, (int) Native.GETPID.invokeExact());
            int target = Math.min(19, process + NICE);
            int result = now >= target ? 0 : (int) Native.SETPRIORITY.invokeExact(0, tid, target);
            if (result != 0) {
                warnOnce("setpriority returned " + result);
            }
        } catch (Throwable e) {
            warnOnce(e.toString());
        }
    }

    /** The calling thread's nice value on Linux (0 is normal), for tests; empty elsewhere or when it cannot be read. */
    public static Optional<Integer> currentNice() {
        if (!LINUX) {
            return Optional.empty();
        }
        try {
            int tid = (int) Native.GETTID.invokeExact();
            return Optional.of((int) Native.GETPRIORITY.invokeExact(0, tid));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static void warnOnce(String why) {
        if (WARNED.compareAndSet(false, true)) {
            LOG.warn("background threads keep normal priority ({}); the UI may stutter under load on few cores", why);
        }
    }

    /** The libc calls, looked up on first use (only on Linux). */
    private static final class Native {
        static final MethodHandle GETTID = downcall("gettid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        static final MethodHandle GETPID = downcall("getpid", FunctionDescriptor.of(ValueLayout.JAVA_INT));
        static final MethodHandle SETPRIORITY = downcall("setpriority", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle GETPRIORITY = downcall("getpriority", FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

        private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
            Linker linker = Linker.nativeLinker();
            return linker.downcallHandle(linker.defaultLookup().find(name)
                    .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name)), descriptor);
        }
    }
}
