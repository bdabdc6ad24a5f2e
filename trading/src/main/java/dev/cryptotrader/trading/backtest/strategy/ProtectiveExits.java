package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy with a protective stop and a take-profit target a fixed percentage from the entry bar's close: a long
 * entered at close {@code c} gets a stop at {@code c × (1 − stop%)} and a target at {@code c × (1 + target%)} (mirrored
 * for a short). The engine places both once the entry fills; the strategy's own exit still closes the position
 * first if it comes first. With a stop, risk-based sizing has the distance it needs. 0 means none.
 *
 * <p>Every catalogued strategy takes them as the parameters {@code stop_pct} and {@code target_pct}, so sweeps, the
 * panel and the command line can vary them like any other parameter.
 */
public record ProtectiveExits(Strategy base, double stopPercent, double targetPercent) implements ColumnStrategy {

    public static final String STOP = "stop_pct";
    public static final String TARGET = "target_pct";

    public ProtectiveExits {
        Objects.requireNonNull(base, "base");
        if (!(stopPercent >= 0 && stopPercent < 100)) {
            throw new IllegalArgumentException(STOP + " must be at least 0 and below 100, was " + stopPercent);
        }
        if (!(targetPercent >= 0) || Double.isInfinite(targetPercent)) {
            throw new IllegalArgumentException(TARGET + " must be at least 0, was " + targetPercent);
        }
    }

    /** {@code base} itself when both are 0, so a run without exits is exactly the bare strategy. */
    public static Strategy wrap(Strategy base, double stopPercent, double targetPercent) {
        return stopPercent == 0 && targetPercent == 0 ? base : new ProtectiveExits(base, stopPercent, targetPercent);
    }

    @Override
    public String id() {
        return base.id();
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> all = new LinkedHashMap<>(base.parameters());
        all.put(STOP, stopPercent);
        all.put(TARGET, targetPercent);
        return all;
    }

    @Override
    public int warmUp() {
        return base.warmUp();
    }

    @Override
    public Signals signals(IndicatorColumns columns) {
        return withExits(columns.signals(base), columns.tape());
    }

    @Override
    public Signals signals(BarTape tape) {
        return withExits(base.signals(tape), tape);
    }

    private Signals withExits(Signals inner, BarTape tape) {
        byte[] actions = inner.actions();
        double[] close = tape.close();
        double[] stops = stopPercent == 0 ? inner.stops() : new double[actions.length];
        double[] targets = targetPercent == 0 ? inner.targets() : new double[actions.length];
        for (int i = 0; i < actions.length; i++) {
            int side = actions[i] == Signal.ENTER_LONG ? 1 : actions[i] == Signal.ENTER_SHORT ? -1 : 0;
            if (stopPercent != 0) {
                stops[i] = side == 0 ? Double.NaN : close[i] * (1 - side * stopPercent / 100);
            }
            if (targetPercent != 0) {
                targets[i] = side == 0 ? Double.NaN : close[i] * (1 + side * targetPercent / 100);
            }
        }
        return new Signals(actions, stops, targets, inner.indicators());
    }
}
