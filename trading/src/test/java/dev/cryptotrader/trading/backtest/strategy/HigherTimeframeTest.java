package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.DAY;
import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.HOUR;
import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HigherTimeframeTest {

    /** 60 days of 1h bars from 05:00 (so the first day is partial), about 10% missing plus all of day 20. */
    private static BarTape gappyHourly() {
        SplittableRandom holes = new SplittableRandom(3);
        boolean[] keep = new boolean[60 * 24];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = holes.nextDouble() > 0.1 && (i < 20 * 24 || i >= 21 * 24);
        }
        return LookaheadTestTapes.randomWalk(keep.length, 11, HOUR, START + 5 * HOUR, i -> keep[i]);
    }

    @Test
    void everyBaseBarSeesExactlyTheHigherBarsClosedByItsCloseEvenWithGaps() {
        BarTape base = gappyHourly();
        HigherTimeframe higher = HigherTimeframe.resampledFrom(base, DAY);
        BarTape daily = higher.htf();
        assertThat(daily.size()).isBetween(55, 59);

        for (int i = 0; i < base.size(); i++) {
            assertThat(higher.lastClosed(i)).as("base bar %d", i).isEqualTo(bruteForceLastClosed(base, daily, i));
            int j = higher.lastClosed(i);
            if (j + 1 < daily.size()) {
                assertThat(daily.closeTime(j + 1)).as("the next daily bar is still forming at base bar %d", i)
                        .isGreaterThan(base.closeTime(i));
            }
        }
    }

    @Test
    void aSuppliedHigherTapeWithTheFormingDaysFinalValuesNeverLeaksIt() {
        BarTape base = gappyHourly();
        // As a daily file from an exchange would be: the last day is there with its final values, and day 30 is missing.
        List<Long> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (long day = START; day < START + 61 * DAY; day += DAY) {
            if (day != START + 30 * DAY) {
                times.add(day);
                rows.add(new double[] {1, 2, 0.5, day, 1});
            }
        }
        BarTape daily = LookaheadTestTapes.tape("daily", DAY, times, rows);
        HigherTimeframe higher = HigherTimeframe.of(base, daily);
        double[] seen = higher.alignToBase(daily.close());

        for (int i = 0; i < base.size(); i++) {
            assertThat(higher.lastClosed(i)).isEqualTo(bruteForceLastClosed(base, daily, i));
            if (!Double.isNaN(seen[i])) {
                // The close column holds each day's open time: the day seen must have ended by the bar's close.
                assertThat((long) seen[i] + DAY).isLessThanOrEqualTo(base.closeTime(i));
            }
        }
        assertThat(seen[0]).as("no day has ended by the first bar's close").isNaN();
        assertThat(higher.lastClosed(base.size() - 1)).as("the last day, still forming, is never seen")
                .isEqualTo(daily.size() - 2);
    }

    @Test
    void aDayBecomesVisibleAtTheCloseOfItsLastHourOrAtTheNextBarWhenThatHourIsMissing() {
        BarTape full = LookaheadTestTapes.randomWalk(72, 5, HOUR);
        HigherTimeframe higher = HigherTimeframe.resampledFrom(full, DAY);
        assertThat(higher.htf().size()).isEqualTo(3);
        for (int i = 0; i < 72; i++) {
            int expected = i < 23 ? -1 : i < 47 ? 0 : i < 71 ? 1 : 2;
            assertThat(higher.lastClosed(i)).as("hour %d", i).isEqualTo(expected);
        }
        assertThat(higher.htf().close()[0]).isEqualTo(full.close()[23]);

        BarTape missing23 = LookaheadTestTapes.randomWalk(72, 5, HOUR, START, i -> i != 23);
        HigherTimeframe gappy = HigherTimeframe.resampledFrom(missing23, DAY);
        assertThat(gappy.lastClosed(22)).isEqualTo(-1); // hour 22 closes at 23:00, the day is not over
        assertThat(gappy.lastClosed(23)).isEqualTo(0);  // the next day's 00:00 bar, closing at 01:00
        assertThat(gappy.htf().close()[0]).as("built from the bars there are").isEqualTo(missing23.close()[22]);
    }

    @Test
    void alignToBaseSpreadsOnlyClosedValuesAndIsNaNBeforeTheFirst() {
        BarTape base = LookaheadTestTapes.randomWalk(24 * 5, 9, HOUR);
        HigherTimeframe higher = HigherTimeframe.resampledFrom(base, DAY);
        double[] column = {10, 20, 30, 40, 50};
        double[] aligned = higher.alignToBase(column);

        assertThat(aligned).hasSize(base.size());
        for (int i = 0; i < 23; i++) {
            assertThat(aligned[i]).isNaN();
        }
        assertThat(aligned[23]).isEqualTo(10);
        assertThat(aligned[24 + 22]).isEqualTo(10);
        assertThat(aligned[24 + 23]).isEqualTo(20);
        assertThat(aligned[base.size() - 1]).isEqualTo(50);
        assertThatThrownBy(() -> higher.alignToBase(new double[4]))
                .hasMessageContaining("the column has 4 values, the higher timeframe walk-9 1d 5 bars");
    }

    @Test
    void resampleMatchesABruteForceGroupingAndDropsPartialBuckets() {
        BarTape base = gappyHourly();
        BarTape daily = HigherTimeframe.resample(base, DAY);
        assertThat(daily.name()).isEqualTo("walk-11 1d");
        assertThat(daily.barMillis()).isEqualTo(DAY);
        assertThat(daily.openTime()[0]).as("the first day starts at 05:00: partial, left out").isEqualTo(START + DAY);
        HigherTimeframeBruteForce.assertSameBars(daily, HigherTimeframeBruteForce.resample(base, DAY));

        BarTape weekly = HigherTimeframe.resample(
                LookaheadTestTapes.randomWalk(24 * 30, 4, HOUR, START + 2 * DAY, i -> true), 7 * DAY);
        assertThat(weekly.openTime()[0]).as("weeks start on Monday 2024-01-08").isEqualTo(START + 7 * DAY);
        assertThat(weekly.size()).isEqualTo(3);

        BarTape trailing = HigherTimeframe.resample(LookaheadTestTapes.randomWalk(24 * 3 - 1, 4, HOUR), DAY);
        assertThat(trailing.size()).as("the last day lacks its last hour: still forming").isEqualTo(2);
    }

    @Test
    void badInputGetsAClearError() {
        BarTape base = LookaheadTestTapes.randomWalk(100, 1, HOUR);
        assertThatThrownBy(() -> HigherTimeframe.resample(base, 90 * 60_000L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot resample walk-1 (1h bars) to 5400000 ms")
                .hasMessageContaining("whole multiple of the bar length");
        BarTape unordered = new BarTape("unordered", HOUR, new long[] {START, START + 2 * HOUR, START + HOUR},
                new double[3], new double[3], new double[3], new double[3], new double[3]);
        assertThatThrownBy(() -> HigherTimeframe.resampledFrom(unordered, DAY))
                .hasMessageContaining("unordered: bar 2 opens at 2024-01-01T01:00:00Z, not after bar 1");
        BarTape offGrid = new BarTape("off-grid", HOUR, new long[] {START + DAY - 30 * 60_000L}, new double[1],
                new double[1], new double[1], new double[1], new double[1]);
        assertThatThrownBy(() -> HigherTimeframe.resample(offGrid, DAY))
                .hasMessageContaining("straddles two 1d buckets");
    }

    /** From the definition: the highest j with {@code htf.openTime[j] + htf.barMillis <= base.closeTime(i)}. */
    static int bruteForceLastClosed(BarTape base, BarTape htf, int i) {
        int last = -1;
        for (int j = 0; j < htf.size(); j++) {
            if (htf.openTime()[j] + htf.barMillis() <= base.closeTime(i)) {
                last = j;
            }
        }
        return last;
    }
}
