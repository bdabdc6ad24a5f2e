package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A higher timeframe as a strategy on a base tape may see it: at base bar {@code i} only the higher-timeframe bars that
 * have <em>closed</em> by bar {@code i}'s close ({@code htf.openTime + htf.barMillis <= base.closeTime(i)}). The bar
 * still forming is never visible, even when the higher-timeframe tape holds its final values (as a historical daily
 * file does for every day). Because the rule uses times, not positions, missing base bars cannot shift it.
 */
public final class HigherTimeframe {

    private static final long DAY_MS = 86_400_000L;
    /** 1970-01-01 was a Thursday: weeks start on Monday, as {@code Timeframe.W1} and the venues' weekly bars do. */
    private static final long MONDAY_OFFSET_MS = 4 * DAY_MS;

    private final BarTape htf;
    private final int[] lastClosed;

    private HigherTimeframe(BarTape htf, int[] lastClosed) {
        this.htf = htf;
        this.lastClosed = lastClosed;
    }

    /** Maps {@code base} onto a higher-timeframe tape read elsewhere (both ascending in time). */
    public static HigherTimeframe of(BarTape base, BarTape htf) {
        requireAscending(base);
        requireAscending(htf);
        int[] map = new int[base.size()];
        int j = -1;
        for (int i = 0; i < base.size(); i++) {
            long close = base.closeTime(i);
            while (j + 1 < htf.size() && htf.closeTime(j + 1) <= close) {
                j++;
            }
            map[i] = j;
        }
        return new HigherTimeframe(htf, map);
    }

    /** Resamples {@code base} to {@code htfMillis} (see {@link #resample}) and maps it. */
    public static HigherTimeframe resampledFrom(BarTape base, long htfMillis) {
        return of(base, resample(base, htfMillis));
    }

    /**
     * The base bars merged into UTC buckets of {@code htfMillis} (aligned to the epoch; weeks to Monday 00:00): first
     * open, highest high, lowest low, last close, summed volume. A bucket the base does not cover at its start (the
     * first, when the data begins mid-bucket) or at its end (the last, still forming) is left out, as its open or close
     * would not be the bucket's. Buckets with missing bars inside are kept, built from the bars there are.
     */
    public static BarTape resample(BarTape base, long htfMillis) {
        if (htfMillis <= 0 || htfMillis % base.barMillis() != 0) {
            throw new IllegalArgumentException("cannot resample " + base.name() + " (" + label(base.barMillis())
                    + " bars) to " + htfMillis + " ms: the higher timeframe must be a whole multiple of the bar length");
        }
        requireAscending(base);
        int n = base.size();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        int m = 0;
        int i = 0;
        while (i < n) {
            long bucket = bucketStart(base.openTime()[i], htfMillis);
            int first = i;
            double high = base.high()[i];
            double low = base.low()[i];
            double volume = 0;
            while (i < n && bucketStart(base.openTime()[i], htfMillis) == bucket) {
                requireInside(base, i, bucket, htfMillis);
                high = Math.max(high, base.high()[i]);
                low = Math.min(low, base.low()[i]);
                volume += base.volume()[i];
                i++;
            }
            boolean leadingPartial = first == 0 && base.openTime()[0] != bucket;
            boolean trailingPartial = i == n && base.closeTime(n - 1) < bucket + htfMillis;
            if (!leadingPartial && !trailingPartial) {
                t[m] = bucket;
                o[m] = base.open()[first];
                h[m] = high;
                l[m] = low;
                c[m] = base.close()[i - 1];
                v[m] = volume;
                m++;
            }
        }
        return new BarTape(base.name() + " " + label(htfMillis), htfMillis, Arrays.copyOf(t, m), Arrays.copyOf(o, m),
                Arrays.copyOf(h, m), Arrays.copyOf(l, m), Arrays.copyOf(c, m), Arrays.copyOf(v, m));
    }

    /** The open time of the UTC bucket of {@code htfMillis} that holds {@code epochMillis}. */
    public static long bucketStart(long epochMillis, long htfMillis) {
        long offset = htfMillis == 7 * DAY_MS ? MONDAY_OFFSET_MS : 0L;
        return epochMillis - Math.floorMod(epochMillis - offset, htfMillis);
    }

    public BarTape htf() {
        return htf;
    }

    /** Base bars mapped. */
    public int size() {
        return lastClosed.length;
    }

    /** The last higher-timeframe bar closed by base bar {@code baseBar}'s close, or -1 when none has. */
    public int lastClosed(int baseBar) {
        return lastClosed[baseBar];
    }

    /**
     * A higher-timeframe column (one value per {@link #htf()} bar, e.g. its SMA) spread over the base bars: each base
     * bar gets the value of the last higher-timeframe bar closed by its close, NaN before the first.
     */
    public double[] alignToBase(double[] htfColumn) {
        Objects.requireNonNull(htfColumn, "htfColumn");
        if (htfColumn.length != htf.size()) {
            throw new IllegalArgumentException("the column has " + htfColumn.length + " values, the higher timeframe "
                    + htf.name() + " " + htf.size() + " bars");
        }
        double[] out = new double[lastClosed.length];
        for (int i = 0; i < out.length; i++) {
            int j = lastClosed[i];
            out[i] = j < 0 ? Double.NaN : htfColumn[j];
        }
        return out;
    }

    /** {@code 1d}, {@code 4h}, {@code 1w}, {@code 90m}: for names and messages. */
    static String label(long millis) {
        if (millis % (7 * DAY_MS) == 0) {
            return millis / (7 * DAY_MS) + "w";
        }
        if (millis % DAY_MS == 0) {
            return millis / DAY_MS + "d";
        }
        if (millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "h";
        }
        return millis % 60_000L == 0 ? millis / 60_000L + "m" : millis + "ms";
    }

    private static void requireAscending(BarTape tape) {
        long[] t = tape.openTime();
        for (int i = 1; i < t.length; i++) {
            if (t[i] <= t[i - 1]) {
                throw new IllegalArgumentException(tape.name() + ": bar " + i + " opens at " + Instant.ofEpochMilli(t[i])
                        + ", not after bar " + (i - 1) + " at " + Instant.ofEpochMilli(t[i - 1]));
            }
        }
    }

    private static void requireInside(BarTape base, int i, long bucket, long htfMillis) {
        if (base.closeTime(i) > bucket + htfMillis) {
            throw new IllegalArgumentException(base.name() + ": bar " + i + " at "
                    + Instant.ofEpochMilli(base.openTime()[i]) + " straddles two " + label(htfMillis)
                    + " buckets; its open times are not aligned to the bar length");
        }
    }
}
