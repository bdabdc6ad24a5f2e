package dev.cryptotrader.charting;

/**
 * Bars merged into one candle per pixel column, for a chart zoomed out further than one bar per pixel. Bars
 * {@code from..to} (inclusive, {@code n} of them) go into {@code w = min(n, width)} buckets; bucket {@code b} holds bars
 * {@code from + floor(b*n/w)} up to (not including) {@code from + floor((b+1)*n/w)}, so every bar is in exactly one
 * bucket and bucket sizes differ by at most one. Each bucket has the open of its first bar, the highest high, the
 * lowest low and the close of its last bar, plus the open times of its first and last bar. Only first, last, max and
 * min are taken, never sums, so the result is exact: each value is one of the input values.
 *
 * <p>An instance keeps its arrays and reuses them for the next {@link #compute}, so redrawing a zoomed-out chart every
 * frame allocates nothing once the arrays are large enough. Not thread-safe; the renderer uses one on the FX thread.
 */
public final class PixelAggregation {

    private int size;
    private int[] firstBar = new int[0];
    private int[] lastBar = new int[0];
    private double[] open = new double[0];
    private double[] high = new double[0];
    private double[] low = new double[0];
    private double[] close = new double[0];
    private long[] fromTime = new long[0];
    private long[] toTime = new long[0];

    /** A new aggregation of bars {@code from..to} of {@code columns} into at most {@code width} buckets. */
    public static PixelAggregation of(OhlcvColumns columns, int from, int to, int width) {
        PixelAggregation a = new PixelAggregation();
        a.compute(columns, from, to, width);
        return a;
    }

    /**
     * Aggregates bars {@code from..to} (inclusive) into {@code min(to - from + 1, width)} buckets, replacing what this
     * instance held. An empty range ({@code to < from}) gives no buckets.
     *
     * @throws IllegalArgumentException if the range is outside the bars or {@code width} is not positive
     */
    public PixelAggregation compute(OhlcvColumns columns, int from, int to, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, not " + width);
        }
        if (to < from) {
            size = 0;
            return this;
        }
        if (from < 0 || to >= columns.size()) {
            throw new IllegalArgumentException("bars " + from + ".." + to + " are outside 0.." + (columns.size() - 1));
        }
        int n = to - from + 1;
        int w = Math.min(n, width);
        ensureCapacity(w);
        long[] t = columns.openTime();
        double[] o = columns.open();
        double[] h = columns.high();
        double[] l = columns.low();
        double[] c = columns.close();
        for (int b = 0; b < w; b++) {
            int start = from + (int) ((long) b * n / w);
            int end = from + (int) ((long) (b + 1) * n / w) - 1; // inclusive; start <= end because n >= w
            double hi = h[start];
            double lo = l[start];
            for (int i = start + 1; i <= end; i++) {
                double hv = h[i];
                if (hv > hi) {
                    hi = hv;
                }
                double lv = l[i];
                if (lv < lo) {
                    lo = lv;
                }
            }
            firstBar[b] = start;
            lastBar[b] = end;
            open[b] = o[start];
            high[b] = hi;
            low[b] = lo;
            close[b] = c[end];
            fromTime[b] = t[start];
            toTime[b] = t[end];
        }
        size = w;
        return this;
    }

    private void ensureCapacity(int w) {
        if (firstBar.length >= w) {
            return;
        }
        firstBar = new int[w];
        lastBar = new int[w];
        open = new double[w];
        high = new double[w];
        low = new double[w];
        close = new double[w];
        fromTime = new long[w];
        toTime = new long[w];
    }

    /** Number of buckets. */
    public int size() {
        return size;
    }

    /** Index of the first bar in bucket {@code b}. */
    public int firstBar(int b) {
        return firstBar[check(b)];
    }

    /** Index of the last bar in bucket {@code b} (inclusive). */
    public int lastBar(int b) {
        return lastBar[check(b)];
    }

    public double open(int b) {
        return open[check(b)];
    }

    public double high(int b) {
        return high[check(b)];
    }

    public double low(int b) {
        return low[check(b)];
    }

    public double close(int b) {
        return close[check(b)];
    }

    /** Open time of the bucket's first bar, epoch milliseconds. */
    public long fromTime(int b) {
        return fromTime[check(b)];
    }

    /** Open time of the bucket's last bar, epoch milliseconds. */
    public long toTime(int b) {
        return toTime[check(b)];
    }

    private int check(int b) {
        if (b < 0 || b >= size) {
            throw new IndexOutOfBoundsException("bucket " + b + " of " + size);
        }
        return b;
    }

    @Override
    public String toString() {
        return "PixelAggregation[" + size + " buckets]";
    }
}
