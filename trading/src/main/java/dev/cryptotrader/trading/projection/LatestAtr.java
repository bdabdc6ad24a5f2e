package dev.cryptotrader.trading.projection;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.indicators.Indicators;

import java.util.OptionalDouble;

/**
 * The ATR of the newest bar, from the indicators package (which matches ta4j's ATRIndicator). ATR is a Wilder average,
 * so the newest value depends on all history, but the weight of a bar {@code m} bars back is {@code (1 - 1/period)^m}:
 * with {@link #WINDOW} bars and period 14 the bars left out weigh less than 1e-15, so a window gives the value of the
 * whole series to double precision without converting a million bars.
 */
public final class LatestAtr {

    /** The ATR period used for projections. */
    public static final int PERIOD = 14;
    /** Bars enough for the newest ATR(14) to equal the whole series' (see the class comment). */
    public static final int WINDOW = 600;

    private LatestAtr() {
    }

    /** ATR({@code period}) at the last bar of {@code bars}; empty while there are too few bars. */
    public static OptionalDouble of(CandleSeries bars, int period) {
        if (bars.size() <= period) {
            return OptionalDouble.empty();
        }
        double[] atr = Indicators.compute(bars, new IndicatorSpec.Atr(period)).lines().getFirst().values();
        double last = atr[atr.length - 1];
        return Double.isNaN(last) ? OptionalDouble.empty() : OptionalDouble.of(last);
    }
}
