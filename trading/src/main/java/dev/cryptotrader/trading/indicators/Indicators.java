package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.Objects;

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

    /**
     * The indicator's lines over plain price columns, every kind by a direct kernel (no ta4j objects): what a chart
     * uses to recompute a million bars quickly. Held to ta4j within 1e-9 relative by the tests.
     */
    public static IndicatorResult compute(PriceColumns prices, IndicatorSpec spec) {
        return ColumnKernels.compute(prices, Objects.requireNonNull(spec, "spec"));
    }

    public static IndicatorSession session(CandleSeries series) {
        return new IndicatorSession(series);
    }
}
