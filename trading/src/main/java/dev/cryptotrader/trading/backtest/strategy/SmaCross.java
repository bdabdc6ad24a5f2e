package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Enter long when the fast SMA of the close crosses above the slow one, exit when it crosses below (ta4j's crossing
 * rules, ties carried over). With {@code shortSide} the mirror: enter short on the cross below, exit on the cross
 * above. The first cross can come at bar {@code slow}, the first bar after both averages have a full window.
 */
public record SmaCross(int fast, int slow, boolean shortSide) implements ColumnStrategy {

    public static final String ID = "sma-cross";

    public SmaCross {
        Checks.atLeast("fast", fast, 1);
        Checks.lessThan("fast", fast, "slow", slow);
    }

    public SmaCross(int fast, int slow) {
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
        return slow;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] f = columns.sma(fast);
        double[] s = columns.sma(slow);
        int boundary = slow - 1;
        byte[] actions = shortSide
                ? PositionLoop.run(f.length, warmUp(), true, i -> Crossing.below(f, s, i, boundary),
                        i -> Crossing.above(f, s, i, boundary))
                : PositionLoop.run(f.length, warmUp(), false, i -> Crossing.above(f, s, i, boundary),
                        i -> Crossing.below(f, s, i, boundary));
        return new Signals(actions, null, Map.of(Names.column("sma", fast), f, Names.column("sma", slow), s));
    }
}
