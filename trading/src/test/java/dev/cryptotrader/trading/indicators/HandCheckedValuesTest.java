package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Values worked out by hand on seven bars whose open = high = low = close:
 * <pre>
 * bar     0   1   2   3   4   5   6
 * close  10  12  11  13  15  14  18
 * gain    0   2   0   2   2   0   4      (close - previous close when up)
 * loss    0   0   1   0   0   1   0      (previous close - close when down)
 * </pre>
 * They pin ta4j 0.22's conventions: EMA and Wilder averages (RSI, ATR) start at bar {@code period}, seeded with that
 * one bar's value rather than an SMA of the first {@code period} values.
 */
class HandCheckedValuesTest {

    private static final CandleSeries SEVEN = SyntheticCandles.closes(10, 12, 11, 13, 15, 14, 18);
    private static final double NAN = Double.NaN;
    private static final double TOLERANCE = 1e-12;

    /** Plain means of the last three closes: (10+12+11)/3 = 11, (12+11+13)/3 = 12, ..., (15+14+18)/3 = 47/3. */
    @Test
    void sma3() {
        assertLine(new IndicatorSpec.Sma(3), NAN, NAN, 11, 12, 13, 14, 47.0 / 3);
    }

    /**
     * Multiplier 2/(3+1) = 0.5. Bars 0-2 are warm-up; bar 3 is the seed, its close 13; then
     * 13 + 0.5(15-13) = 14, 14 + 0.5(14-14) = 14, 14 + 0.5(18-14) = 16.
     */
    @Test
    void ema3() {
        assertLine(new IndicatorSpec.Ema(3), NAN, NAN, NAN, 13, 14, 14, 16);
    }

    /**
     * Wilder averages with multiplier 1/3, seeded at bar 3 with that bar's gain 2 and loss 0.
     * <pre>
     * bar 3: avg gain 2,                        avg loss 0                 -> loss 0, gain > 0: RSI 100
     * bar 4: 2 + (2-2)/3 = 2,                   0 + (0-0)/3 = 0            -> RSI 100
     * bar 5: 2 + (0-2)/3 = 4/3,                 0 + (1-0)/3 = 1/3          -> RS 4,  RSI 100 - 100/5  = 80
     * bar 6: 4/3 + (4-4/3)/3 = 20/9,            1/3 + (0-1/3)/3 = 2/9      -> RS 10, RSI 100 - 100/11 = 1000/11
     * </pre>
     */
    @Test
    void rsi3() {
        assertLine(new IndicatorSpec.Rsi(3), NAN, NAN, NAN, 100, 100, 80, 1000.0 / 11);
    }

    /**
     * With high = low = close the true range is |close - previous close|: 2, 1, 2, 2, 1, 4 from bar 1. Seed at bar
     * 3 is 2; then 2 + (2-2)/3 = 2, 2 + (1-2)/3 = 5/3, 5/3 + (4-5/3)/3 = 22/9.
     */
    @Test
    void atr3() {
        assertLine(new IndicatorSpec.Atr(3), NAN, NAN, NAN, 2, 2, 5.0 / 3, 22.0 / 9);
    }

    /** Both paths: the direct kernel ({@code compute}) and ta4j ({@code computeWithTa4j}). */
    private static void assertLine(IndicatorSpec spec, double... expected) {
        IndicatorSession session = Indicators.session(SEVEN);
        for (IndicatorResult result : List.of(session.compute(spec), session.computeWithTa4j(spec))) {
            IndicatorLine line = result.main();
            assertThat(line.size()).isEqualTo(expected.length);
            for (int i = 0; i < expected.length; i++) {
                if (Double.isNaN(expected[i])) {
                    assertThat(line.value(i)).as("%s bar %d", spec, i).isNaN();
                } else {
                    assertThat(line.value(i)).as("%s bar %d", spec, i).isCloseTo(expected[i], offset(TOLERANCE));
                }
            }
        }
    }
}
