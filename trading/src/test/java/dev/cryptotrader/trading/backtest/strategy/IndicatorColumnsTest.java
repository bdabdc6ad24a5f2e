package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared column cache: ta4j's values, computed once per key, safe and identical under parallel sweeps. */
class IndicatorColumnsTest {

    @Test
    void columnsAreTa4jsValuesWithNaNDuringTheirWarmUp() {
        BarTape tape = Tapes.centWalk(3_000, 8);
        BarSeries series = TapeBarSeries.of(tape, DoubleNumFactory.getInstance());
        var close = new ClosePriceIndicator(series);
        IndicatorColumns columns = new IndicatorColumns(tape);
        assertColumn(columns.sma(30), new SMAIndicator(close, 30), series, 29);
        assertColumn(columns.ema(30), new EMAIndicator(close, 30), series, 30);
        assertColumn(columns.rsi(14), new RSIIndicator(close, 14), series, 14);
        var macd = new MACDIndicator(close, 12, 26);
        assertColumn(columns.macd(12, 26), macd, series, 26);
        assertColumn(columns.macdSignal(12, 26, 9), new EMAIndicator(macd, 9), series, 26);
        assertColumn(columns.macdSignal(3, 5, 9), new EMAIndicator(new MACDIndicator(close, 3, 5), 9), series, 9);
        assertColumn(columns.standardDeviation(20), new StandardDeviationIndicator(close, 20), series, 19);
    }

    @Test
    void eachColumnIsComputedOnceAndShared() {
        IndicatorColumns columns = new IndicatorColumns(Tapes.centWalk(500, 2));
        double[] sma = columns.sma(20);
        assertThat(columns.sma(20)).isSameAs(sma);
        assertThat(columns.bollingerUpper(20, 2)).isSameAs(columns.bollingerUpper(20, 2));
        // the bands reuse the SMA and the deviation: sma(20), stddev(20), bb_upper(20,2)
        assertThat(columns.cachedColumns()).isEqualTo(3);
        Signals first = columns.signals(new SmaCross(20, 50));
        Signals second = columns.signals(new SmaCross(10, 50));
        assertThat(second.indicators().get("sma(50)")).isSameAs(first.indicators().get("sma(50)"));
        assertThat(columns.cachedColumns()).isEqualTo(5);
    }

    @Test
    void parallelSweepVariantsShareColumnsAndGiveTheSerialAnswers() {
        BarTape tape = Tapes.centWalk(20_000, 5);
        List<SmaCross> variants = new ArrayList<>();
        for (int fast = 2; fast <= 40; fast += 2) {
            for (int slow = 50; slow <= 200; slow += 10) {
                variants.add(new SmaCross(fast, slow));
            }
        }
        IndicatorColumns shared = new IndicatorColumns(tape);
        List<byte[]> parallel = variants.parallelStream().map(v -> shared.signals(v).actions()).toList();
        for (int i = 0; i < variants.size(); i += 7) {
            assertThat(parallel.get(i)).as(variants.get(i).label())
                    .isEqualTo(variants.get(i).signals(tape).actions());
        }
        assertThat(shared.cachedColumns()).isEqualTo(20 + 16);
        // Many threads asking for one new column all get the same array.
        List<double[]> same = IntStream.range(0, 64).parallel().mapToObj(i -> shared.ema(77)).toList();
        assertThat(same).allSatisfy(column -> assertThat(column).isSameAs(same.getFirst()));
    }

    @Test
    void pastTheMemoryCapColumnsAreComputedButNotKept() {
        BarTape tape = Tapes.centWalk(1_000, 3);
        IndicatorColumns none = new IndicatorColumns(tape, 0);
        IndicatorColumns one = new IndicatorColumns(tape, 8L * tape.size());
        for (IndicatorColumns columns : List.of(none, one)) {
            assertThat(columns.signals(new EmaCross(10, 30)).actions())
                    .isEqualTo(new EmaCross(10, 30).signals(tape).actions());
        }
        assertThat(none.cachedColumns()).isZero();
        assertThat(one.cachedColumns()).isEqualTo(1);
        assertThat(none.sma(5)).isNotSameAs(none.sma(5)).isEqualTo(none.sma(5));
    }

    @Test
    void strategiesWithoutColumnsRunOnTheTape() {
        BarTape tape = Tapes.centWalk(400, 6);
        Strategy rule = StrategyJson.parse(StrategyJsonTest.EXAMPLE);
        assertThat(new IndicatorColumns(tape).signals(rule).actions()).isEqualTo(rule.signals(tape).actions());
    }

    @Test
    void badPeriodsAreNamed() {
        IndicatorColumns columns = new IndicatorColumns(Tapes.closes(1, 2, 3));
        assertThatThrownBy(() -> columns.sma(0)).hasMessage("sma period must be >= 1, was 0");
        assertThatThrownBy(() -> columns.macdSignal(12, 26, -1)).hasMessage("macd signal period must be >= 1, was -1");
        assertThatThrownBy(() -> new IndicatorColumns(Tapes.closes(1), -1)).hasMessage("maxBytes must be >= 0, was -1");
        assertThat(columns.highestHigh(5)).containsOnly(Double.NaN);
        assertThat(columns.lowestLow(1)).containsExactly(Double.NaN, 1, 2);
    }

    private static void assertColumn(double[] actual, Indicator<Num> reference, BarSeries series, int warmUp) {
        for (int i = 0; i < actual.length; i++) {
            if (i < warmUp) {
                assertThat(actual[i]).as("bar " + i + " of the warm-up").isNaN();
                continue;
            }
            double expected = reference.getValue(i).doubleValue();
            assertThat(Math.abs(actual[i] - expected)).as(reference + " at " + i)
                    .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(expected)));
        }
        assertThat(actual).hasSize(series.getBarCount());
    }
}
