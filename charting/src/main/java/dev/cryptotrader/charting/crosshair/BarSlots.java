package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.OhlcvColumns;

/**
 * Time to bar arithmetic for the crosshair. A candle is drawn centred on its open time, so the bar under the pointer
 * is the one whose open time is nearest; another pane shows the bar whose time span contains the moment. Past either
 * end of the data the slots continue at the bar spacing (the blank room right of the latest bar).
 */
public final class BarSlots {

    private BarSlots() {
    }

    /** Open time of the bar (or blank slot) nearest to {@code millis}. */
    public static long nearest(OhlcvColumns c, long millis) {
        int n = c.size();
        if (n == 0) {
            return millis;
        }
        long[] t = c.openTime();
        if (millis <= t[0] || millis >= t[n - 1]) {
            long anchor = millis <= t[0] ? t[0] : t[n - 1];
            long step = spacing(c, millis <= t[0] ? 0 : n - 1);
            return anchor + Math.round((millis - anchor) / (double) step) * step;
        }
        int i = c.indexAtOrAfter(millis);
        return t[i] - millis <= millis - t[i - 1] ? t[i] : t[i - 1];
    }

    /** Open time of the bar (or blank slot) whose span holds {@code millis}. */
    public static long containing(OhlcvColumns c, long millis) {
        int n = c.size();
        if (n == 0) {
            return millis;
        }
        long[] t = c.openTime();
        if (millis < t[0]) {
            long step = spacing(c, 0);
            return t[0] - ceilDiv(t[0] - millis, step) * step;
        }
        int i = indexContaining(c, millis);
        if (i == n - 1) {
            long step = spacing(c, n - 1);
            return t[n - 1] + (millis - t[n - 1]) / step * step;
        }
        return t[i];
    }

    /** Index of the last bar opening at or before {@code millis}; -1 if none does. */
    public static int indexContaining(OhlcvColumns c, long millis) {
        return c.indexAtOrAfter(millis + 1) - 1;
    }

    /** Distance to the neighbouring bar of bar {@code i} (one minute for a single bar). */
    public static long spacing(OhlcvColumns c, int i) {
        int n = c.size();
        long[] t = c.openTime();
        if (n < 2) {
            return 60_000L;
        }
        return i + 1 < n ? t[i + 1] - t[i] : t[i] - t[i - 1];
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
