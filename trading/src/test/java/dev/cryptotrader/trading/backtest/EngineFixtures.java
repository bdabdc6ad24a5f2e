package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.execution.CostModel;

import java.util.Map;

/** Small hand-made tapes and signals for the engine tests. */
final class EngineFixtures {

    static final long HOUR = 3_600_000;
    static final long START = 1_700_000_000_000L;

    private EngineFixtures() {
    }

    /** One row per bar: open, high, low, close; hourly bars from {@link #START}. */
    static BarTape tape(double[]... bars) {
        int n = bars.length;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = START + i * HOUR;
            o[i] = bars[i][0];
            h[i] = bars[i][1];
            l[i] = bars[i][2];
            c[i] = bars[i][3];
        }
        return new BarTape("test", HOUR, t, o, h, l, c, new double[n]);
    }

    static double[] bar(double open, double high, double low, double close) {
        return new double[]{open, high, low, close};
    }

    /** {@code actions[i]} as given; no stops. */
    static Signals signals(byte... actions) {
        return new Signals(actions, null, Map.of());
    }

    static Signals signals(byte[] actions, double[] stops) {
        return new Signals(actions, stops, Map.of());
    }

    static BacktestConfig config(double capital, CostModel costs, Sizing sizing, boolean allowShort, int tradeFrom) {
        return new BacktestConfig(capital, costs, sizing, allowShort, tradeFrom);
    }

    /**
     * Five bars: flat at 100, then up. A long entered at bar 1's close fills at bar 2's open (102); one left at bar
     * 3's close exits at bar 4's open (106).
     */
    static BarTape fiveBars() {
        return tape(
                bar(100, 101, 99, 100),
                bar(100, 102, 99, 101),
                bar(102, 105, 101, 104),
                bar(104, 108, 103, 107),
                bar(106, 107, 105, 106));
    }
}
