package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small strategies written for these tests only (honest ones and ones with lookahead planted on purpose). */
final class LookaheadTestStrategies {

    private LookaheadTestStrategies() {
    }

    /** Honest: SMA fast/slow cross, long only. */
    static Strategy smaCross(int fast, int slow) {
        return new Base("test-sma-cross", slow, Map.of("fast", (double) fast, "slow", (double) slow)) {
            @Override
            public Signals signals(BarTape tape) {
                double[] f = sma(tape.close(), fast);
                double[] s = sma(tape.close(), slow);
                return new Signals(cross(f, s, slow), null, Map.of("sma(" + fast + ")", f, "sma(" + slow + ")", s));
            }
        };
    }

    /** Planted lookahead: enters when the NEXT bar closes higher, exits when it closes lower. */
    static Strategy nextClose() {
        return new Base("test-next-close", 1, Map.of()) {
            @Override
            public Signals signals(BarTape tape) {
                double[] c = tape.close();
                byte[] actions = new byte[c.length];
                double[] stops = new double[c.length];
                Arrays.fill(stops, Double.NaN);
                boolean in = false;
                for (int i = 1; i < c.length; i++) {
                    if (i + 1 < c.length) {
                        if (!in && c[i + 1] > c[i]) {
                            actions[i] = Signal.ENTER_LONG;
                            stops[i] = c[i] * 0.98;
                            in = true;
                        } else if (in && c[i + 1] < c[i]) {
                            actions[i] = Signal.EXIT_LONG;
                            in = false;
                        }
                    }
                }
                return new Signals(actions, stops, Map.of());
            }
        };
    }

    /** Honest actions (SMA cross), but its chart line is a centred average that reads two bars ahead. */
    static Strategy peekingIndicator() {
        return new Base("test-peeking-indicator", 20, Map.of()) {
            @Override
            public Signals signals(BarTape tape) {
                double[] c = tape.close();
                double[] f = sma(c, 5);
                double[] s = sma(c, 20);
                double[] centred = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    centred[i] = i >= 2 && i + 2 < c.length ? (c[i - 2] + c[i - 1] + c[i] + c[i + 1] + c[i + 2]) / 5
                            : Double.NaN;
                }
                return new Signals(cross(f, s, 20), null, Map.of("centred sma(5)", centred, "sma(20)", s));
            }
        };
    }

    /**
     * Uses the future only to stay silent: in and out on alternate bars, but it skips an entry when the next bar
     * closes lower. On the full data such a bar shows no signal at all.
     */
    static Strategy suppressing() {
        return new Base("test-suppressing", 1, Map.of()) {
            @Override
            public Signals signals(BarTape tape) {
                double[] c = tape.close();
                byte[] actions = new byte[c.length];
                boolean in = false;
                for (int i = 1; i < c.length; i++) {
                    if (in) {
                        actions[i] = Signal.EXIT_LONG;
                        in = false;
                    } else if (!(i + 1 < c.length && c[i + 1] < c[i])) {
                        actions[i] = Signal.ENTER_LONG;
                        in = true;
                    }
                }
                return new Signals(actions, null, Map.of());
            }
        };
    }

    /**
     * Honest, but sums each SMA window forwards or backwards depending on the tape's length, as blocked kernels do: the
     * values differ in the last bits between a tape and its prefixes, and carry no information from later bars.
     */
    static Strategy roundingOrder() {
        return new Base("test-rounding-order", 30, Map.of()) {
            @Override
            public Signals signals(BarTape tape) {
                double[] c = tape.close();
                boolean backwards = tape.size() % 2 == 1;
                double[] f = windowMean(c, 7, backwards);
                double[] s = windowMean(c, 30, backwards);
                return new Signals(cross(f, s, 30), null, Map.of("mean(7)", f, "mean(30)", s));
            }
        };
    }

    /** Honest, but refuses (throws) when given fewer bars than its warm-up. */
    static Strategy refusingShortTapes() {
        Strategy inner = smaCross(10, 40);
        return new Base("test-refusing", 40, inner.parameters()) {
            @Override
            public Signals signals(BarTape tape) {
                if (tape.size() < 40) {
                    throw new IllegalArgumentException("needs 40 bars, got " + tape.size());
                }
                return inner.signals(tape);
            }
        };
    }

    static double[] sma(double[] x, int period) {
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] - (i >= period ? x[i - period] : 0);
            out[i] = i >= period - 1 ? sum / period : Double.NaN;
        }
        return out;
    }

    private static double[] windowMean(double[] x, int period, boolean backwards) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (i < period - 1) {
                out[i] = Double.NaN;
                continue;
            }
            double sum = 0;
            for (int k = 0; k < period; k++) {
                sum += x[backwards ? i - k : i - period + 1 + k];
            }
            out[i] = sum / period;
        }
        return out;
    }

    static byte[] cross(double[] fast, double[] slow, int from) {
        byte[] actions = new byte[fast.length];
        boolean in = false;
        for (int i = Math.max(from, 1); i < fast.length; i++) {
            if (!in && fast[i - 1] <= slow[i - 1] && fast[i] > slow[i]) {
                actions[i] = Signal.ENTER_LONG;
                in = true;
            } else if (in && fast[i - 1] >= slow[i - 1] && fast[i] < slow[i]) {
                actions[i] = Signal.EXIT_LONG;
                in = false;
            }
        }
        return actions;
    }

    private abstract static class Base implements Strategy {
        private final String id;
        private final int warmUp;
        private final Map<String, Double> parameters;

        Base(String id, int warmUp, Map<String, Double> parameters) {
            this.id = id;
            this.warmUp = warmUp;
            this.parameters = new LinkedHashMap<>(parameters);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Map<String, Double> parameters() {
            return parameters;
        }

        @Override
        public int warmUp() {
            return warmUp;
        }
    }
}
