package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Bollinger breakout, long only: enter at a close above the upper band (SMA(period) + k standard deviations), exit at
 * the first close below the middle band. Level rules, not crosses: the bands have a full window from bar
 * {@code period - 1}, and that is the first bar that can decide.
 */
public record BollingerBreakout(int period, double k) implements ColumnStrategy, BollingerSettings {

    public static final String ID = "bollinger-breakout";

    public BollingerBreakout {
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
        return period - 1;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] close = columns.tape().close();
        double[] middle = columns.sma(period);
        double[] upper = columns.bollingerUpper(period, k);
        byte[] actions = PositionLoop.run(close.length, warmUp(), false,
                i -> Crossing.greater(close[i], upper[i]),
                i -> Crossing.less(close[i], middle[i]));
        return new Signals(actions, null, bands(columns, period, k));
    }

    /** The three bands under the names the JSON rule form uses. */
    static Map<String, double[]> bands(IndicatorColumns columns, int period, double k) {
        return Map.of(Names.column("bb_upper", period, k), columns.bollingerUpper(period, k),
                Names.column("bb_middle", period), columns.sma(period),
                Names.column("bb_lower", period, k), columns.bollingerLower(period, k));
    }
}
