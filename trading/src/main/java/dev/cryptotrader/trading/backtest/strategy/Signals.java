package dev.cryptotrader.trading.backtest.strategy;

import java.util.Map;
import java.util.Objects;

/**
 * A strategy's decisions over a tape: {@code actions[i]} is the {@link Signal} taken at the close of bar {@code i},
 * from bars {@code 0..i} only. {@code stops} (optional, may be null) gives a protective stop price per bar for an
 * entry at that bar, NaN for none; risk-based sizing reads it. {@code targets} (optional) gives a take-profit price
 * for an entry at that bar the same way. {@code indicators} are the named values the decisions came from, one per bar
 * (NaN during warm-up): charts show them and the lookahead check compares them.
 */
public record Signals(byte[] actions, double[] stops, double[] targets, Map<String, double[]> indicators) {

    public Signals {
        Objects.requireNonNull(actions, "actions");
        indicators = Map.copyOf(indicators);
        if (stops != null && stops.length != actions.length) {
            throw new IllegalArgumentException("stops cover " + stops.length + " bars, actions " + actions.length);
        }
        if (targets != null && targets.length != actions.length) {
            throw new IllegalArgumentException("targets cover " + targets.length + " bars, actions "
                    + actions.length);
        }
        for (var e : indicators.entrySet()) {
            if (e.getValue().length != actions.length) {
                throw new IllegalArgumentException("indicator " + e.getKey() + " covers " + e.getValue().length
                        + " bars, actions " + actions.length);
            }
        }
    }

    /** Without take-profit targets. */
    public Signals(byte[] actions, double[] stops, Map<String, double[]> indicators) {
        this(actions, stops, null, indicators);
    }

    public int size() {
        return actions.length;
    }
}
