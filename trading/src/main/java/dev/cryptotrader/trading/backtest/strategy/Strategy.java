package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;

import java.util.Map;

/**
 * A trading strategy with its parameters bound. It turns a tape into {@link Signals}; the value for bar {@code i} may
 * depend on bars {@code 0..i} only (the lookahead check re-runs it on cut-off tapes to prove that).
 */
public interface Strategy {

    /** The catalogue id, e.g. {@code sma-cross}. */
    String id();

    /** The bound parameters in declaration order, e.g. {@code fast=20, slow=100}. */
    Map<String, Double> parameters();

    /** Bars needed before the first decision can be taken; no signal is given before this index. */
    int warmUp();

    Signals signals(BarTape tape);

    /** {@code sma-cross(fast=20, slow=100)}: how tables and charts name a run. */
    default String label() {
        StringBuilder b = new StringBuilder(id()).append('(');
        String sep = "";
        for (var e : parameters().entrySet()) {
            double v = e.getValue();
            b.append(sep).append(e.getKey()).append('=')
                    .append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v));
            sep = ", ";
        }
        return b.append(')').toString();
    }
}
