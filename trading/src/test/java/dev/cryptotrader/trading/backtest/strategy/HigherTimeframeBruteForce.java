package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Resampling written from the definition, slowly: for each bucket, scan every base bar. */
final class HigherTimeframeBruteForce {

    private HigherTimeframeBruteForce() {
    }

    static BarTape resample(BarTape base, long htfMillis) {
        TreeSet<Long> buckets = new TreeSet<>();
        for (long t : base.openTime()) {
            buckets.add(HigherTimeframe.bucketStart(t, htfMillis));
        }
        List<Long> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (long bucket : buckets) {
            double open = Double.NaN;
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double close = Double.NaN;
            double volume = 0;
            long firstOpen = Long.MAX_VALUE;
            long lastClose = Long.MIN_VALUE;
            for (int i = 0; i < base.size(); i++) {
                long t = base.openTime()[i];
                if (t >= bucket && t < bucket + htfMillis) {
                    if (Double.isNaN(open)) {
                        open = base.open()[i];
                    }
                    high = Math.max(high, base.high()[i]);
                    low = Math.min(low, base.low()[i]);
                    close = base.close()[i];
                    volume += base.volume()[i];
                    firstOpen = Math.min(firstOpen, t);
                    lastClose = Math.max(lastClose, base.closeTime(i));
                }
            }
            boolean startsInside = bucket == buckets.first() && firstOpen > bucket;
            boolean stillForming = bucket == buckets.last() && lastClose < bucket + htfMillis;
            if (!startsInside && !stillForming) {
                times.add(bucket);
                rows.add(new double[] {open, high, low, close, volume});
            }
        }
        return LookaheadTestTapes.tape("brute", htfMillis, times, rows);
    }

    static void assertSameBars(BarTape actual, BarTape expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.openTime()).isEqualTo(expected.openTime());
        assertThat(actual.open()).isEqualTo(expected.open());
        assertThat(actual.high()).isEqualTo(expected.high());
        assertThat(actual.low()).isEqualTo(expected.low());
        assertThat(actual.close()).isEqualTo(expected.close());
        for (int j = 0; j < actual.size(); j++) {
            assertThat(actual.volume()[j]).isCloseTo(expected.volume()[j], within(1e-9 * expected.volume()[j]));
        }
    }
}
