package dev.cryptotrader.trading.indicators;

import java.util.Objects;

/**
 * One drawn line of an indicator: a value per bar, index-aligned with the candles it was computed from.
 *
 * <p>The first {@link #warmUp()} values are {@code NaN}: the indicator has not seen enough bars there to mean
 * anything, and a chart skips NaN rather than drawing garbage. A value past the warm-up can still be NaN where ta4j
 * itself has none (e.g. Stochastic when high == low over the whole window).
 *
 * @param name   the line's name within its indicator, one of {@link IndicatorKind#lineNames()}
 * @param values one value per bar; a fresh array per compute, owned by the caller (charts take it without copying)
 * @param warmUp how many leading bars are NaN by the warm-up rule (at most {@code values.length})
 */
public record IndicatorLine(String name, double[] values, int warmUp) {

    public IndicatorLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        if (warmUp < 0 || warmUp > values.length) {
            throw new IllegalArgumentException("warm-up " + warmUp + " is outside 0.." + values.length);
        }
    }

    public int size() {
        return values.length;
    }

    public double value(int bar) {
        return values[bar];
    }

    /** The newest bar's value (NaN when there are no bars). */
    public double last() {
        return values.length == 0 ? Double.NaN : values[values.length - 1];
    }

    @Override
    public String toString() {
        return "IndicatorLine[" + name + ", " + values.length + " bars, warm-up " + warmUp + "]";
    }
}
