package dev.cryptotrader.charting.overlay;

/**
 * One indicator line merged into pixel columns, for a chart that shows more bars than it has columns: bars
 * {@code from..to} go into {@code w = min(n, width)} buckets exactly as the candles do ({@code PixelAggregation}: bucket
 * {@code b} holds bars {@code from + floor(b*n/w)} up to {@code from + floor((b+1)*n/w)}), and each bucket keeps the
 * first, last, lowest and highest value of its bars, NaN skipped. A bucket of only NaN has NaN everywhere: the line
 * breaks there. Drawing a bucket as first → min → max → last shows every excursion of the line in a few thousand
 * segments, whatever the bar count. Arrays are reused; not thread-safe.
 */
final class ColumnSampler {

    private int size;
    private double[] first = new double[0];
    private double[] last = new double[0];
    private double[] min = new double[0];
    private double[] max = new double[0];

    /** Samples {@code values[from..to]} (inclusive) into at most {@code width} buckets. */
    ColumnSampler sample(double[] values, int from, int to, int width) {
        if (width <= 0) {
            throw new IllegalArgumentException("width must be positive, not " + width);
        }
        if (to < from) {
            size = 0;
            return this;
        }
        int n = to - from + 1;
        int w = Math.min(n, width);
        ensureCapacity(w);
        for (int b = 0; b < w; b++) {
            int start = from + (int) ((long) b * n / w);
            int end = from + (int) ((long) (b + 1) * n / w) - 1;
            int i = start;
            while (i <= end && Double.isNaN(values[i])) {
                i++; // an indicator's warm-up: NaN only at the start, so this loop is short
            }
            if (i > end) {
                first[b] = last[b] = min[b] = max[b] = Double.NaN;
                continue;
            }
            double f = values[i];
            double lo = f;
            double hi = f;
            // Branch-free: a NaN compares false both ways and is skipped; this loop runs over every bar in view.
            for (int j = i + 1; j <= end; j++) {
                double v = values[j];
                lo = v < lo ? v : lo;
                hi = v > hi ? v : hi;
            }
            int k = end;
            while (Double.isNaN(values[k])) {
                k--;
            }
            first[b] = f;
            last[b] = values[k];
            min[b] = lo;
            max[b] = hi;
        }
        size = w;
        return this;
    }

    private void ensureCapacity(int w) {
        if (first.length < w) {
            first = new double[w];
            last = new double[w];
            min = new double[w];
            max = new double[w];
        }
    }

    int size() {
        return size;
    }

    double first(int b) {
        return first[b];
    }

    double last(int b) {
        return last[b];
    }

    double min(int b) {
        return min[b];
    }

    double max(int b) {
        return max[b];
    }
}
