package dev.cryptotrader.app.ui.backtest;

import java.util.List;
import java.util.Objects;

/**
 * A grid sweep: every combination of {@code ranges}, other parameters as in {@code base}'s strategy (which is a
 * catalogue strategy).
 */
public record SweepRequest(BacktestRequest base, List<ParameterRange> ranges) {

    public SweepRequest {
        Objects.requireNonNull(base, "base");
        ranges = List.copyOf(ranges);
        if (!(base.strategy() instanceof StrategyChoice.Catalog)) {
            throw new IllegalArgumentException("a sweep needs a catalogue strategy, not a JSON rule");
        }
    }

    /** How many backtests the grid holds. */
    public long combinations() {
        long n = 1;
        for (ParameterRange r : ranges) {
            n *= r.count();
        }
        return n;
    }
}
