package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Enter long when the fast EMA of the close crosses above the slow one, exit when it crosses below; with
 * {@code shortSide} the mirror. ta4j's EMA starts at bar {@code period} from that bar's close, so the first cross
 * can come at bar {@code slow + 1}.
 */
public record EmaCross(int fast, int slow, boolean shortSide) implements ColumnStrategy {

    public static final String ID = "ema-cross";

    public EmaCross {
        Checks.atLeast("fast", fast, 1);
        Checks.lessThan("fast", fast, "slow", slow);
    }

    public EmaCross(int fast, int slow) {
        this(fast, slow, false);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("fast", fast, "slow", slow, "short", shortSide);
    }

    @Override
    public int warmUp() {
        return slow + 1;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] f = columns.ema(fast);
        double[] s = columns.ema(slow);
        int boundary = slow;
        byte[] actions = shortSide
                ? PositionLoop.run(f.length, warmUp(), true, i -> Crossing.below(f, s, i, boundary),
                        i -> Crossing.above(f, s, i, boundary))
                : PositionLoop.run(f.length, warmUp(), false, i -> Crossing.above(f, s, i, boundary),
                        i -> Crossing.below(f, s, i, boundary));
        return new Signals(actions, null, Map.of(Names.column("ema", fast), f, Names.column("ema", slow), s));
    }
}
