package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The column path ({@link Indicators#compute(PriceColumns, IndicatorSpec)}, what the chart uses) matches ta4j within
 * 1e-9 relative for every kind, with NaNs and warm-ups in the same places.
 */
class ColumnKernelsTest {

    private static final double RELATIVE = 1e-9;

    @Test
    void everyKindMatchesTa4jOnCoinbaseBtcUsd4h() {
        assertMatchesTa4j(RealData.coinbaseBtcUsd4h(), specs());
    }

    @Test
    void everyKindMatchesTa4jOnSyntheticSeries() {
        assertMatchesTa4j(SyntheticCandles.randomWalk(5_000, 11), specs());
        // Flat stretches: zero ranges (Stochastic NaN, which then stays in %D's running sum, as in ta4j), zero losses.
        assertMatchesTa4j(SyntheticCandles.closes(10, 10, 10, 10, 11, 12, 11, 11, 9, 9, 9, 9, 13, 12, 15, 15, 15,
                15, 15, 15, 14, 16, 17, 18, 16, 15, 14, 13, 15, 16), specs());
        assertMatchesTa4j(SyntheticCandles.closes(5), specs());
        assertMatchesTa4j(CandleSeries.empty(), specs());
    }

    @Test
    void columnsLongerThanTheBarsAreCopiedToTheirSize() {
        double[] high = {3, 4, 5, 99};
        double[] low = {1, 2, 3, 99};
        double[] close = {2, 3, 4, 99};
        PriceColumns copy = PriceColumns.copyOf(high, low, close, 3);
        high[0] = 50; // later changes to the source do not reach the copy
        assertThat(copy.size()).isEqualTo(3);
        assertThat(copy.high()).containsExactly(3, 4, 5);
        assertThat(Indicators.compute(copy, new IndicatorSpec.Sma(3)).main().last()).isEqualTo(3.0);
        assertThatThrownBy(() -> PriceColumns.copyOf(high, low, close, 5)).hasMessageContaining("size 5");
    }

    @Test
    void windowExtremesEqualAScan() {
        double[] x = SyntheticCandles.randomWalk(2_000, 5).toCandles().stream()
                .mapToDouble(c -> c.close().doubleValue()).toArray();
        for (int period : new int[]{1, 2, 7, 50, 3_000}) {
            double[] max = WindowExtremes.max(x, period);
            double[] min = WindowExtremes.min(x, period);
            for (int i = 0; i < x.length; i++) {
                double hi = Double.NEGATIVE_INFINITY;
                double lo = Double.POSITIVE_INFINITY;
                for (int j = Math.max(0, i - period + 1); j <= i; j++) {
                    hi = Math.max(hi, x[j]);
                    lo = Math.min(lo, x[j]);
                }
                assertThat(max[i]).as("max period %d bar %d", period, i).isEqualTo(hi);
                assertThat(min[i]).as("min period %d bar %d", period, i).isEqualTo(lo);
            }
        }
    }

    private static List<IndicatorSpec> specs() {
        List<IndicatorSpec> specs = new ArrayList<>(Ta4jReference.specsToCheck());
        specs.addAll(List.of(new IndicatorSpec.Bollinger(1, 1), new IndicatorSpec.Bollinger(50, 0.5),
                new IndicatorSpec.Macd(1, 2, 1), new IndicatorSpec.Macd(3, 4, 30), new IndicatorSpec.Stochastic(1, 1),
                new IndicatorSpec.Atr(30), new IndicatorSpec.Rsi(30)));
        return specs;
    }

    private static void assertMatchesTa4j(CandleSeries candles, List<IndicatorSpec> specs) {
        IndicatorSession session = Indicators.session(candles);
        PriceColumns prices = PriceColumns.of(candles);
        for (IndicatorSpec spec : specs) {
            IndicatorResult columns = Indicators.compute(prices, spec);
            IndicatorResult ta4j = session.computeWithTa4j(spec);
            for (IndicatorLine expected : ta4j.lines()) {
                IndicatorLine actual = columns.line(expected.name());
                String what = spec + " " + expected.name();
                assertThat(actual.warmUp()).as("%s warm-up", what).isEqualTo(expected.warmUp());
                assertThat(actual.size()).as(what).isEqualTo(candles.size());
                for (int i = 0; i < actual.size(); i++) {
                    double a = actual.value(i);
                    double t = expected.value(i);
                    boolean same = Double.isNaN(t) ? Double.isNaN(a) : Math.abs(a - t) <= RELATIVE * Math.abs(t);
                    if (!same) {
                        fail("%s bar %d of %d: columns %s, ta4j %s", what, i, candles.size(), a, t);
                    }
                }
            }
        }
    }
}
