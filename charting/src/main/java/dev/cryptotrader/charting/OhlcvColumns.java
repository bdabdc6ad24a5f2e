package dev.cryptotrader.charting;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bars as plain columns, oldest first: open time in UTC epoch milliseconds plus open, high, low, close and volume.
 * This is all a chart knows about candles. The first {@link #size()} entries of each array are the bars; the arrays
 * may be longer (room for live bars, see {@link OhlcvBuffer}). The arrays are owned by this object once passed in:
 * callers must not change the first {@code size} entries afterwards (the chart reads them without copying).
 */
public final class OhlcvColumns {

    private static final OhlcvColumns EMPTY = new OhlcvColumns(new long[0], new double[0], new double[0],
            new double[0], new double[0], new double[0]);

    private final long[] openTime;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final int size;
    private final ColumnSummary summary;

    /** All of each array are bars. */
    public OhlcvColumns(long[] openTime, double[] open, double[] high, double[] low, double[] close,
                        double[] volume) {
        this(openTime, open, high, low, close, volume, Objects.requireNonNull(openTime, "openTime").length);
    }

    /** The first {@code size} entries of each array are bars; the rest is spare room. */
    public OhlcvColumns(long[] openTime, double[] open, double[] high, double[] low, double[] close, double[] volume,
                        int size) {
        this(openTime, open, high, low, close, volume, size, 1, new ColumnSummary());
    }

    /** Checks only bars from {@code checkFrom} on: the ones before were checked when they were added. */
    private OhlcvColumns(long[] openTime, double[] open, double[] high, double[] low, double[] close, double[] volume,
                         int size, int checkFrom, ColumnSummary summary) {
        this.openTime = Objects.requireNonNull(openTime, "openTime");
        this.open = Objects.requireNonNull(open, "open");
        this.high = Objects.requireNonNull(high, "high");
        this.low = Objects.requireNonNull(low, "low");
        this.close = Objects.requireNonNull(close, "close");
        this.volume = Objects.requireNonNull(volume, "volume");
        int capacity = openTime.length;
        if (open.length != capacity || high.length != capacity || low.length != capacity
                || close.length != capacity || volume.length != capacity) {
            throw new IllegalArgumentException("columns differ in length: time " + capacity + ", open " + open.length
                    + ", high " + high.length + ", low " + low.length + ", close " + close.length + ", volume "
                    + volume.length);
        }
        if (size < 0 || size > capacity) {
            throw new IllegalArgumentException("size " + size + " is outside 0.." + capacity);
        }
        this.size = size;
        this.summary = summary;
        for (int i = Math.max(1, checkFrom); i < size; i++) {
            if (openTime[i] <= openTime[i - 1]) {
                throw new IllegalArgumentException("open times must increase: bar " + i + " (" + openTime[i]
                        + ") is not after bar " + (i - 1) + " (" + openTime[i - 1] + ")");
            }
        }
    }

    public static OhlcvColumns empty() {
        return EMPTY;
    }

    /**
     * The same arrays with {@code newSize} bars, of which those from {@code changedFrom} on were written since this
     * view was made; only those are checked, so a live update costs nothing per stored bar.
     */
    OhlcvColumns resized(int newSize, int changedFrom) {
        return new OhlcvColumns(openTime, open, high, low, close, volume, newSize, changedFrom, summary);
    }

    /**
     * The same arrays with only the first {@code newSize} bars, whose successors will be written over. The summary is
     * kept when it holds none of the dropped bars, else started afresh (it cannot forget a bar's values).
     */
    OhlcvColumns truncated(int newSize) {
        ColumnSummary kept = summary.settled() <= newSize ? summary : new ColumnSummary();
        return new OhlcvColumns(openTime, open, high, low, close, volume, newSize, newSize, kept);
    }

    /**
     * Scans the bars once for what a chart asks on every new dataset (price and volume ranges, bar spacing), so the
     * chart does not: call it where the bars were loaded, off the JavaFX thread. Views made from these arrays later
     * (live updates) only add their new bars. Returns this.
     */
    public OhlcvColumns summarize() {
        summary.extendTo(this, settledSize());
        return this;
    }

    /** Bars that can no longer change: all but the newest. */
    private int settledSize() {
        return Math.max(0, size - 1);
    }

    /** Lowest value of a {@link ColumnSummary} column over all bars. */
    double min(int column) {
        summary.extendTo(this, settledSize());
        return size == 0 ? Double.NaN : Math.min(summary.min(column), column(column)[size - 1]);
    }

    /** Highest value of a {@link ColumnSummary} column over all bars. */
    double max(int column) {
        summary.extendTo(this, settledSize());
        return size == 0 ? Double.NaN : Math.max(summary.max(column), column(column)[size - 1]);
    }

    private double[] column(int column) {
        return switch (column) {
            case ColumnSummary.OPEN -> open;
            case ColumnSummary.HIGH -> high;
            case ColumnSummary.LOW -> low;
            case ColumnSummary.CLOSE -> close;
            case ColumnSummary.VOLUME -> volume;
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    public long[] openTime() {
        return openTime;
    }

    public double[] open() {
        return open;
    }

    public double[] high() {
        return high;
    }

    public double[] low() {
        return low;
    }

    public double[] close() {
        return close;
    }

    public double[] volume() {
        return volume;
    }

    public int size() {
        return size;
    }

    /** Bars the arrays can hold. */
    public int capacity() {
        return openTime.length;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Index of the first bar opening at or after {@code epochMillis}; {@link #size()} when none does. */
    public int indexAtOrAfter(long epochMillis) {
        int i = Arrays.binarySearch(openTime, 0, size, epochMillis);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The usual distance between bars in milliseconds: the smallest positive step (gaps only make steps longer). One
     * minute when there are fewer than two bars.
     */
    public long barMillis() {
        summary.extendTo(this, settledSize());
        long best = summary.smallestStep();
        if (size >= 2) {
            best = Math.min(best, openTime[size - 1] - openTime[size - 2]);
        }
        return best == Long.MAX_VALUE ? 60_000L : best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OhlcvColumns c && size == c.size
                && Arrays.equals(openTime, 0, size, c.openTime, 0, size)
                && Arrays.equals(open, 0, size, c.open, 0, size) && Arrays.equals(high, 0, size, c.high, 0, size)
                && Arrays.equals(low, 0, size, c.low, 0, size) && Arrays.equals(close, 0, size, c.close, 0, size)
                && Arrays.equals(volume, 0, size, c.volume, 0, size);
    }

    @Override
    public int hashCode() {
        int h = size;
        for (int i = 0; i < size; i++) {
            h = 31 * h + Long.hashCode(openTime[i]) + 17 * Double.hashCode(close[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return "OhlcvColumns[" + size + " bars]";
    }
}
