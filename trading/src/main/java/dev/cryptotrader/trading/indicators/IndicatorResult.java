package dev.cryptotrader.trading.indicators;

import java.util.List;
import java.util.Objects;

/**
 * The lines of one indicator over one series, in {@link IndicatorKind#lineNames()} order: one for SMA, EMA, RSI and
 * ATR; middle/upper/lower for Bollinger; macd/signal/histogram for MACD; %K/%D for Stochastic.
 */
public record IndicatorResult(IndicatorSpec spec, List<IndicatorLine> lines) {

    public IndicatorResult {
        Objects.requireNonNull(spec, "spec");
        lines = List.copyOf(lines);
        List<String> names = lines.stream().map(IndicatorLine::name).toList();
        if (!names.equals(spec.kind().lineNames())) {
            throw new IllegalArgumentException(spec + " has lines " + spec.kind().lineNames() + ", got " + names);
        }
    }

    /** The number of bars each line covers. */
    public int size() {
        return lines.getFirst().size();
    }

    /** The line called {@code name}, e.g. {@code "signal"}. */
    public IndicatorLine line(String name) {
        for (IndicatorLine line : lines) {
            if (line.name().equals(name)) {
                return line;
            }
        }
        throw new IllegalArgumentException(spec + " has no line '" + name + "'; it has " + spec.kind().lineNames());
    }

    /** The first line: the only one of SMA, EMA, RSI and ATR. */
    public IndicatorLine main() {
        return lines.getFirst();
    }
}
