package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

/**
 * Entry point: indicator values for a series, computed with ta4j. For several indicators on the same series use one
 * {@link #session} so the ta4j bar series is built once.
 */
public final class Indicators {

    private Indicators() {
    }

    public static IndicatorResult compute(CandleSeries series, IndicatorSpec spec) {
        return session(series).compute(spec);
    }

    public static IndicatorSession session(CandleSeries series) {
        return new IndicatorSession(series);
    }
}
