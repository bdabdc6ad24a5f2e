package dev.cryptotrader.charting;

/**
 * Running facts about the settled bars of one set of column arrays (every bar but the newest, which a live update may
 * still change): each price and volume column's min and max, and the smallest step between open times. Shared by all
 * {@link OhlcvColumns} views over the same arrays, and extended only by the bars added since, so a chart that learns
 * of a new bar does not rescan a million old ones; {@link OhlcvColumns#summarize()} does the one full scan off the
 * JavaFX thread when a series is loaded.
 */
final class ColumnSummary {

    static final int OPEN = 0;
    static final int HIGH = 1;
    static final int LOW = 2;
    static final int CLOSE = 3;
    static final int VOLUME = 4;

    private final double[] min = new double[5];
    private final double[] max = new double[5];
    private long smallestStep = Long.MAX_VALUE;
    private int settled; // bars [0, settled) are summarised

    ColumnSummary() {
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    /** Takes in bars up to (not including) {@code upTo}; bars already in are not read again. */
    synchronized void extendTo(OhlcvColumns c, int upTo) {
        if (upTo <= settled) {
            return;
        }
        double[][] columns = {c.open(), c.high(), c.low(), c.close(), c.volume()};
        for (int col = 0; col < columns.length; col++) {
            double[] values = columns[col];
            double lo = min[col];
            double hi = max[col];
            for (int i = settled; i < upTo; i++) {
                double v = values[i];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[col] = lo;
            max[col] = hi;
        }
        long[] time = c.openTime();
        long step = smallestStep;
        for (int i = Math.max(1, settled); i < upTo; i++) {
            step = Math.min(step, time[i] - time[i - 1]);
        }
        smallestStep = step;
        settled = upTo;
    }

    /** Bars {@code [0, settled())} are in the summary. */
    synchronized int settled() {
        return settled;
    }

    synchronized double min(int column) {
        return min[column];
    }

    synchronized double max(int column) {
        return max[column];
    }

    /** Smallest step between the summarised bars' open times; {@link Long#MAX_VALUE} with fewer than two. */
    synchronized long smallestStep() {
        return smallestStep;
    }
}
