package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Bollinger mean reversion, long only: enter when the close crosses below the lower band (SMA(period) - k standard
 * deviations), exit at the first close above the middle band, the mean it was expected to revert to. The bands have
 * a full window from bar {@code period - 1}, so the first entry can come at bar {@code period}.
 */
public record BollingerReversion(int period, double k) implements ColumnStrategy, BollingerSettings {

    public static final String ID = "bollinger-reversion";

    public BollingerReversion {
        Checks.atLeast("period", period, 2);
        Checks.positive("k", k);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("period", period, "k", k);
    }

    @Override
    public int warmUp() {
        return period;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] close = columns.tape().close();
        double[] middle = columns.sma(period);
        double[] lower = columns.bollingerLower(period, k);
        int boundary = period - 1;
        byte[] actions = PositionLoop.run(close.length, warmUp(), false,
                i -> Crossing.below(close, lower, i, boundary),
                i -> Crossing.greater(close[i], middle[i]));
        return new Signals(actions, null, BollingerBreakout.bands(columns, period, k));
    }
}
