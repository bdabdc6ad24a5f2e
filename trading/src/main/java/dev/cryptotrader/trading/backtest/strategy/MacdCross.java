package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Enter long when the MACD line (EMA(fast) - EMA(slow)) crosses above its signal line (an EMA of it), exit when it
 * crosses below; with {@code shortSide} the mirror. The signal line starts at bar {@code max(slow, signal)} equal to
 * the MACD line, so the first cross can come two bars later.
 */
public record MacdCross(int fast, int slow, int signal, boolean shortSide) implements ColumnStrategy {

    public static final String ID = "macd-cross";

    public MacdCross {
        Checks.atLeast("fast", fast, 1);
        Checks.lessThan("fast", fast, "slow", slow);
        Checks.atLeast("signal", signal, 1);
    }

    public MacdCross(int fast, int slow, int signal) {
        this(fast, slow, signal, false);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("fast", fast, "slow", slow, "signal", signal, "short", shortSide);
    }

    @Override
    public int warmUp() {
        return Math.max(slow, signal) + 2;
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] line = columns.macd(fast, slow);
        double[] sig = columns.macdSignal(fast, slow, signal);
        int boundary = Math.max(slow, signal);
        byte[] actions = shortSide
                ? PositionLoop.run(line.length, warmUp(), true, i -> Crossing.below(line, sig, i, boundary),
                        i -> Crossing.above(line, sig, i, boundary))
                : PositionLoop.run(line.length, warmUp(), false, i -> Crossing.above(line, sig, i, boundary),
                        i -> Crossing.below(line, sig, i, boundary));
        return new Signals(actions, null, Map.of(Names.column("macd", fast, slow), line,
                Names.column("macd_signal", fast, slow, signal), sig));
    }
}
