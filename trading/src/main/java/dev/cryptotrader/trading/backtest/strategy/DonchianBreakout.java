package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;

/**
 * Donchian (turtle) breakout, long only: enter at a close above the highest high of the {@code entry} bars before,
 * exit at a close below the lowest low of the {@code exit} bars before (the deciding bar itself is never in its own
 * channel). Both channels are full from bar {@code max(entry, exit)}, the first bar that can decide.
 */
public record DonchianBreakout(int entry, int exit) implements ColumnStrategy {

    public static final String ID = "donchian-breakout";

    public DonchianBreakout {
        Checks.atLeast("entry", entry, 1);
        Checks.atLeast("exit", exit, 1);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("entry", entry, "exit", exit);
    }

    @Override
    public int warmUp() {
        return Math.max(entry, exit);
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        double[] close = columns.tape().close();
        double[] highest = columns.highestHigh(entry);
        double[] lowest = columns.lowestLow(exit);
        byte[] actions = PositionLoop.run(close.length, warmUp(), false,
                i -> Crossing.greater(close[i], highest[i]),
                i -> Crossing.less(close[i], lowest[i]));
        return new Signals(actions, null, Map.of(Names.column("highest", entry), highest,
                Names.column("lowest", exit), lowest));
    }
}
