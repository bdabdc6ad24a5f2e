package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * RSI mean reversion, long only: enter when Wilder's RSI crosses back up through {@code lower} (it was below, the
 * selling is easing, rather than buying while it still falls), exit at the first close where RSI is above
 * {@code upper}. RSI starts at bar {@code period}, so the first entry can come at bar {@code period + 1}.
 */
public record RsiReversion(int period, double lower, double upper) implements ColumnStrategy {

    public static final String ID = "rsi-reversion";

    public RsiReversion {
        Checks.atLeast("period", period, 1);
        Checks.atLeast("lower", lower, 0);
        Checks.lessThan("lower", lower, "upper", upper);
        Checks.atMost("upper", upper, 100);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("period", period, "lower", lower, "upper", upper);
    }

    @Override
    public int warmUp() {
        return period + 1;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] rsi = columns.rsi(period);
        byte[] actions = PositionLoop.run(rsi.length, warmUp(), false,
                i -> Crossing.above(rsi, lower, i, period),
                i -> Crossing.greater(rsi[i], upper));
        return new Signals(actions, null, Map.of(Names.column("rsi", period), rsi));
    }
}
