package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The ta4j path's lines equal ta4j's own values, computed independently (see {@link Ta4jReference}), bit for bit
 * past the warm-up. The reference uses DoubleNum, the type production uses, so "equal" can mean exactly equal; a
 * separate check bounds what DoubleNum (and the kernels) cost against 40-digit DecimalNum. The direct kernels are held
 * to the ta4j path in {@link DirectKernelsTest}.
 */
class Ta4jParityTest {

    @Test
    void everyIndicatorEqualsTa4jOnCoinbaseBtcUsd4h() {
        CandleSeries candles = RealData.coinbaseBtcUsd4h();
        assertThat(candles.size()).isGreaterThan(20_000);
        assertEqualsTa4jExactly(candles, Duration.ofHours(4), true);
    }

    @Test
    void everyIndicatorEqualsTa4jOnASyntheticRandomWalk() {
        assertEqualsTa4jExactly(SyntheticCandles.randomWalk(3_000, 7), Duration.ofMinutes(1), false);
    }

    /** How far the production number type (DoubleNum) is from ta4j with 40-digit decimals on real prices. */
    @Test
    void doubleNumStaysWithinOneBillionthOfFortyDigitDecimalsOnRealData() {
        CandleSeries candles = RealData.coinbaseBtcUsd4h().slice(0, 6_000); // decimals are slow; 1 year is plenty
        BarSeries decimals = Ta4jReference.barSeries(candles, DecimalNumFactory.getInstance(40), Duration.ofHours(4));
        IndicatorSession session = Indicators.session(candles);
        for (IndicatorSpec spec : Ta4jReference.specsToCheck()) {
            Map<String, Indicator<Num>> reference = Ta4jReference.lines(spec, decimals);
            for (IndicatorLine line : session.compute(spec).lines()) {
                double[] exact = Ta4jReference.values(reference.get(line.name()));
                double scale = largestMagnitude(exact, line.warmUp());
                for (int i = line.warmUp(); i < exact.length; i++) {
                    assertThat(line.value(i)).as("%s %s at bar %d", spec, line.name(), i)
                            .isCloseTo(exact[i], offset(1e-9 * scale));
                }
            }
        }
    }

    private static void assertEqualsTa4jExactly(CandleSeries candles, Duration period, boolean realData) {
        BarSeries doubles = Ta4jReference.barSeries(candles, DoubleNumFactory.getInstance(), period);
        IndicatorSession session = Indicators.session(candles);
        for (IndicatorSpec spec : Ta4jReference.specsToCheck()) {
            IndicatorResult result = session.computeWithTa4j(spec);
            Map<String, Indicator<Num>> reference = Ta4jReference.lines(spec, doubles);
            assertThat(result.lines()).extracting(IndicatorLine::name).containsExactlyElementsOf(reference.keySet());
            for (IndicatorLine line : result.lines()) {
                Indicator<Num> ta4j = reference.get(line.name());
                double[] expected = Ta4jReference.values(ta4j);
                String what = spec + " " + line.name();
                assertThat(line.size()).as(what).isEqualTo(candles.size());
                // We never show a bar ta4j itself calls unstable.
                assertThat(line.warmUp()).as(what).isGreaterThanOrEqualTo(ta4j.getCountOfUnstableBars());
                for (int i = 0; i < line.warmUp(); i++) {
                    assertThat(line.value(i)).as("%s warm-up bar %d", what, i).isNaN();
                }
                for (int i = line.warmUp(); i < expected.length; i++) {
                    // Double.compare: exactly the same double, NaN included.
                    if (Double.compare(line.value(i), expected[i]) != 0) {
                        assertThat(line.value(i)).as("%s at bar %d", what, i).isEqualTo(expected[i]);
                    }
                }
                if (realData) { // real BTC prices never leave a line blank past its warm-up
                    assertThat(countNaN(line.values(), line.warmUp())).as(what + " NaNs past warm-up").isZero();
                }
            }
        }
    }

    private static int countNaN(double[] values, int from) {
        int n = 0;
        for (int i = from; i < values.length; i++) {
            n += Double.isNaN(values[i]) ? 1 : 0;
        }
        return n;
    }

    private static double largestMagnitude(double[] values, int from) {
        double max = 0;
        for (int i = from; i < values.length; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
    }
}
