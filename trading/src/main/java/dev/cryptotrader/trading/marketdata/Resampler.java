package dev.cryptotrader.trading.marketdata;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;

/**
 * Derives a higher timeframe from a lower one exactly: first open, max high, min low, last close, summed volume, on
 * the integer mantissas, so nothing is rounded. Buckets follow {@link Timeframe#bucketStart} (UTC, weeks on Monday).
 */
public final class Resampler {

    private Resampler() {
    }

    public static Resampled resample(CandleSeries source, Timeframe from, Timeframe to) {
        if (!to.isMultipleOf(from)) {
            throw new IllegalArgumentException("cannot resample " + from + " to " + to + ": " + to
                    + " is not a whole multiple of " + from);
        }
        if (source.isEmpty()) {
            return new Resampled(source, to, false, false);
        }
        CandleSeries.Builder out = CandleSeries.builder(
                (int) Math.min(source.size(), source.size() * from.millis() / to.millis() + 2),
                source.priceScale(), source.volumeScale());
        int i = 0;
        while (i < source.size()) {
            long bucket = to.bucketStart(source.openTime(i));
            long o = source.openMantissa(i);
            long h = source.highMantissa(i);
            long l = source.lowMantissa(i);
            long c = source.closeMantissa(i);
            long v = source.volumeMantissa(i);
            i++;
            while (i < source.size() && to.bucketStart(source.openTime(i)) == bucket) {
                h = Math.max(h, source.highMantissa(i));
                l = Math.min(l, source.lowMantissa(i));
                c = source.closeMantissa(i);
                v = Math.addExact(v, source.volumeMantissa(i));
                i++;
            }
            out.addMantissas(bucket, o, h, l, c, v);
        }
        boolean leadingPartial = source.firstOpenTime() != to.bucketStart(source.firstOpenTime());
        long lastBucket = to.bucketStart(source.lastOpenTime());
        boolean trailingPartial = source.lastOpenTime() + from.millis() < lastBucket + to.millis();
        return new Resampled(out.build(), to, leadingPartial, trailingPartial);
    }

    /**
     * The result of a resample. A partial bucket is one whose source bars do not reach its start (leading) or its end
     * (trailing): its open or close is not the true bucket's, so it must not be stored as a finished bar.
     */
    public record Resampled(CandleSeries series, Timeframe timeframe, boolean leadingPartial,
                            boolean trailingPartial) {

        /** Only the buckets whose time span the source fully covers at both ends. */
        public CandleSeries completeBuckets() {
            int from = leadingPartial ? 1 : 0;
            int to = trailingPartial ? series.size() - 1 : series.size();
            return to <= from ? CandleSeries.empty() : series.slice(from, to);
        }
    }
}
