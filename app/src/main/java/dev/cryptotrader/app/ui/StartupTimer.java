package dev.cryptotrader.app.ui;

import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** Logs the one startup-timing line: from JVM start to the first chart with candles on screen. */
public final class StartupTimer {

    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private StartupTimer() {
    }

    private static final boolean TRACE = Boolean.getBoolean("cryptotrader.startup.trace");

    /** With -Dcryptotrader.startup.trace=true, prints how long after main() a startup step finished. */
    public static void mark(String step) {
        if (TRACE) {
            System.err.printf("startup-trace %6.0f ms  %-28s [%s]%n",
                    (System.nanoTime() - dev.cryptotrader.app.Launcher.STARTED_NANOS) / 1e6, step,
                    Thread.currentThread().getName());
        }
    }

    /** Logs once per JVM; returns the milliseconds since JVM start. */
    public static long firstChartPainted(int barsShown, long barsInSeries) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (LOGGED.compareAndSet(false, true)) {
            mark("painted");
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            n.setGroupingUsed(false);
            LoggerFactory.getLogger(StartupTimer.class).info("startup: first chart painted in {} ms (JVM start → paint), {} of {} bars", millis,
                    n.format(barsShown), n.format(barsInSeries));
        }
        return millis;
    }
}
