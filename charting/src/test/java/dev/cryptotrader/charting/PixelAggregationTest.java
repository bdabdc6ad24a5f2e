package dev.cryptotrader.charting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelAggregationTest {

    private static final OhlcvColumns BARS = TestBars.walk(100_003, TestBars.START, 60_000, 11);

    /** A candle as the test computes it, independently of {@link PixelAggregation}. */
    private record Candle(int firstBar, int lastBar, double open, double high, double low, double close,
                          long fromTime, long toTime) {
    }

    @Test
    void everyZoomLevelOfAViewportEqualsAnIndependentComputation() {
        Viewport v = new Viewport();
        v.reset(BARS.size(), 150);
        int levels = 0;
        while (true) {
            for (int width : new int[] {1, 3, 640, 997, 1000, 1920}) {
                assertMatches(v.firstBar(), v.lastBar(), width);
            }
            levels++;
            int before = v.slots();
            v.zoom(0.7);
            if (v.slots() == before) {
                break;
            }
        }
        assertThat(levels).isGreaterThan(10);
        assertThat(v.firstBar()).as("zoomed all the way out").isZero();
        assertThat(v.lastBar()).isEqualTo(BARS.size() - 1);
    }

    @Test
    void unevenBarsPerPixelAndTheSeriesEdges() {
        int n = BARS.size();
        int[][] ranges = {
                {0, n - 1}, {0, 0}, {n - 1, n - 1}, {0, 1}, {n - 2, n - 1}, {0, 12_345}, {n - 54_321, n - 1},
                {17, 17 + 1_000}, {1, n - 2}, {500, 500 + 1_919}, {500, 500 + 1_920}, {500, 500 + 1_921},
        };
        for (int[] r : ranges) {
            for (int width : new int[] {1, 2, 7, 999, 1000, 1001, 1919, 1920, 1921, 3840, 200_000}) {
                assertMatches(r[0], r[1], width);
            }
        }
    }

    @Test
    void atMostOneBarPerPixelGivesTheBarsThemselves() {
        PixelAggregation a = PixelAggregation.of(BARS, 100, 199, 1000);
        assertThat(a.size()).isEqualTo(100);
        for (int b = 0; b < 100; b++) {
            assertThat(a.firstBar(b)).isEqualTo(100 + b);
            assertThat(a.lastBar(b)).isEqualTo(100 + b);
            assertThat(a.high(b)).isEqualTo(BARS.high()[100 + b]);
            assertThat(a.low(b)).isEqualTo(BARS.low()[100 + b]);
        }
    }

    @Test
    void wholeSeriesIntoOnePixelIsItsExtremes() {
        PixelAggregation a = PixelAggregation.of(BARS, 0, BARS.size() - 1, 1);
        assertThat(a.size()).isOne();
        assertThat(a.open(0)).isEqualTo(BARS.open()[0]);
        assertThat(a.close(0)).isEqualTo(BARS.close()[BARS.size() - 1]);
        assertThat(a.high(0)).isEqualTo(java.util.Arrays.stream(BARS.high(), 0, BARS.size()).max().orElseThrow());
        assertThat(a.low(0)).isEqualTo(java.util.Arrays.stream(BARS.low(), 0, BARS.size()).min().orElseThrow());
    }

    @Test
    void reuseForASmallerRangeForgetsTheOldBuckets() {
        PixelAggregation a = PixelAggregation.of(BARS, 0, 50_000, 1920);
        a.compute(BARS, 10, 30, 5);
        assertThat(a.size()).isEqualTo(5);
        assertThat(toCandles(a)).isEqualTo(independent(BARS, 10, 30, 5));
        a.compute(BARS, 10, 9, 5);
        assertThat(a.size()).isZero();
        assertThatThrownBy(() -> a.open(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> PixelAggregation.of(BARS, 0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PixelAggregation.of(BARS, -1, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PixelAggregation.of(BARS, 0, BARS.size(), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertMatches(int from, int to, int width) {
        List<Candle> expected = independent(BARS, from, to, width);
        List<Candle> actual = toCandles(PixelAggregation.of(BARS, from, to, width));
        assertThat(actual).as("bars %d..%d in %d px", from, to, width).isEqualTo(expected);
        // Every bar in exactly one bucket, in order, and bucket sizes differ by at most one.
        assertThat(actual.getFirst().firstBar()).isEqualTo(from);
        assertThat(actual.getLast().lastBar()).isEqualTo(to);
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        for (int b = 0; b < actual.size(); b++) {
            if (b > 0) {
                assertThat(actual.get(b).firstBar()).isEqualTo(actual.get(b - 1).lastBar() + 1);
            }
            int size = actual.get(b).lastBar() - actual.get(b).firstBar() + 1;
            smallest = Math.min(smallest, size);
            largest = Math.max(largest, size);
        }
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
    }

    private static List<Candle> toCandles(PixelAggregation a) {
        List<Candle> out = new ArrayList<>();
        for (int b = 0; b < a.size(); b++) {
            out.add(new Candle(a.firstBar(b), a.lastBar(b), a.open(b), a.high(b), a.low(b), a.close(b),
                    a.fromTime(b), a.toTime(b)));
        }
        return out;
    }

    /**
     * The straightforward way: walk the bars once and put bar {@code k} (counted from {@code from}) into the bucket
     * {@code b} with {@code floor(b*n/w) <= k < floor((b+1)*n/w)}, which is {@code ceil((k+1)*w/n) - 1}; a bar
     * opens a bucket if it is the first in it and closes it if the next bar is in another.
     */
    private static List<Candle> independent(OhlcvColumns c, int from, int to, int width) {
        List<Candle> out = new ArrayList<>();
        if (to < from) {
            return out;
        }
        long n = to - from + 1;
        long w = Math.min(n, width);
        int bucket = -1;
        int first = -1;
        double high = 0;
        double low = 0;
        for (int i = from; i <= to; i++) {
            long k = i - from;
            int b = (int) (((k + 1) * w + n - 1) / n - 1);
            if (b != bucket) {
                assertThat(b).as("buckets in order, none skipped").isEqualTo(bucket + 1);
                if (bucket >= 0) {
                    out.add(candle(c, first, i - 1, high, low));
                }
                bucket = b;
                first = i;
                high = Double.NEGATIVE_INFINITY;
                low = Double.POSITIVE_INFINITY;
            }
            high = Math.max(high, c.high()[i]);
            low = Math.min(low, c.low()[i]);
        }
        out.add(candle(c, first, to, high, low));
        assertThat(out).hasSize((int) w);
        return out;
    }

    private static Candle candle(OhlcvColumns c, int first, int last, double high, double low) {
        return new Candle(first, last, c.open()[first], high, low, c.close()[last], c.openTime()[first],
                c.openTime()[last]);
    }
}
