package dev.cryptotrader.app.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** Logs the one startup-timing line: from JVM start to the first chart with candles on screen. */
public final class StartupTimer {

    private static final Logger LOG = LoggerFactory.getLogger(StartupTimer.class);
    private static final AtomicBoolean LOGGED = new AtomicBoolean();

    private StartupTimer() {
    }

    /** Logs once per JVM; returns the milliseconds since JVM start. */
    public static long firstChartPainted(int barsShown, long barsInSeries) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (LOGGED.compareAndSet(false, true)) {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
            n.setGroupingUsed(false);
            LOG.info("startup: first chart painted in {} ms (JVM start → paint), {} of {} bars", millis,
                    n.format(barsShown), n.format(barsInSeries));
        }
        return millis;
    }
}
