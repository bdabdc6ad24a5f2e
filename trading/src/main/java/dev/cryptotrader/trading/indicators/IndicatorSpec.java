package dev.cryptotrader.trading.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator with its parameters: an immutable value, checked when made. Its {@link #text() text form} is what
 * layouts and the user config store ({@code sma(20)}, {@code ema(50)}, {@code bb(20,2)}, {@code rsi(14)},
 * {@code macd(12,26,9)}, {@code stoch(14,3)}, {@code atr(14)}) and {@link #parse} reads it back; {@link #label()} is
 * what the legend and the readout show ({@code BB 20, 2}).
 *
 * <p>Every indicator here works on the close, except Stochastic (close within the high/low range) and ATR (true
 * range from high, low and previous close).
 */
public sealed interface IndicatorSpec {

    /** The largest period accepted; far beyond any chart use, small enough to keep a typo from stalling a compute. */
    int MAX_PERIOD = 10_000;
    /** The largest Bollinger width, in standard deviations. */
    double MAX_BOLLINGER_K = 10;

    IndicatorKind kind();

    /** The parameters as they appear inside the parentheses of the text form, e.g. {@code 20,2}. */
    String arguments();

    /** The stable text form, e.g. {@code macd(12,26,9)}. */
    default String text() {
        return kind().textName() + "(" + arguments() + ")";
    }

    /** The user-facing label, e.g. {@code MACD 12, 26, 9}. */
    default String label() {
        return kind().displayName() + " " + arguments().replace(",", ", ");
    }

    default IndicatorPane pane() {
        return kind().pane();
    }

    default List<Double> referenceLevels() {
        return kind().referenceLevels();
    }

    /**
     * Reads a text form such as {@code sma(20)} or {@code BB( 20 , 2.5 )}: case and spaces do not matter, and
     * {@code bollinger} / {@code stochastic} are accepted for {@code bb} / {@code stoch}.
     *
     * @throws IllegalArgumentException naming what is wrong and the input
     */
    static IndicatorSpec parse(String text) {
        return IndicatorSpecParser.parse(text);
    }

    /** Simple moving average of the close. */
    record Sma(int period) implements IndicatorSpec {
        public Sma {
            checkPeriod(IndicatorKind.SMA, 0, period);
        }

        public IndicatorKind kind() {
            return IndicatorKind.SMA;
        }

        public String arguments() {
            return Integer.toString(period);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Exponential moving average of the close (ta4j's: seeded with the close at index {@code period}). */
    record Ema(int period) implements IndicatorSpec {
        public Ema {
            checkPeriod(IndicatorKind.EMA, 0, period);
        }

        public IndicatorKind kind() {
            return IndicatorKind.EMA;
        }

        public String arguments() {
            return Integer.toString(period);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Bollinger Bands: SMA of the close ± k population standard deviations over the same period. */
    record Bollinger(int period, double k) implements IndicatorSpec {
        public Bollinger {
            checkPeriod(IndicatorKind.BOLLINGER, 0, period);
            if (!(k > 0 && k <= MAX_BOLLINGER_K)) { // also refuses NaN
                throw new IllegalArgumentException(IndicatorKind.BOLLINGER.parameterLabel(1)
                        + " must be greater than 0 and at most "
                        + formatNumber(MAX_BOLLINGER_K) + ", was " + (Double.isFinite(k) ? formatNumber(k) : k));
            }
        }

        public IndicatorKind kind() {
            return IndicatorKind.BOLLINGER;
        }

        public String arguments() {
            return period + "," + formatNumber(k);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Relative strength index of the close (Wilder's smoothing, as ta4j computes it). */
    record Rsi(int period) implements IndicatorSpec {
        public Rsi {
            checkPeriod(IndicatorKind.RSI, 0, period);
        }

        public IndicatorKind kind() {
            return IndicatorKind.RSI;
        }

        public String arguments() {
            return Integer.toString(period);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** MACD line (fast EMA − slow EMA of the close), its signal EMA, and the histogram (line − signal). */
    record Macd(int fast, int slow, int signal) implements IndicatorSpec {
        public Macd {
            checkPeriod(IndicatorKind.MACD, 0, fast);
            checkPeriod(IndicatorKind.MACD, 1, slow);
            checkPeriod(IndicatorKind.MACD, 2, signal);
            if (fast >= slow) {
                throw new IllegalArgumentException("MACD fast period must be less than the slow period, was fast "
                        + fast + ", slow " + slow);
            }
        }

        public IndicatorKind kind() {
            return IndicatorKind.MACD;
        }

        public String arguments() {
            return fast + "," + slow + "," + signal;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Stochastic oscillator: %K over {@code kPeriod} bars and %D, its SMA over {@code dPeriod} bars. */
    record Stochastic(int kPeriod, int dPeriod) implements IndicatorSpec {
        public Stochastic {
            checkPeriod(IndicatorKind.STOCHASTIC, 0, kPeriod);
            checkPeriod(IndicatorKind.STOCHASTIC, 1, dPeriod);
        }

        public IndicatorKind kind() {
            return IndicatorKind.STOCHASTIC;
        }

        public String arguments() {
            return kPeriod + "," + dPeriod;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** Average true range (Wilder's smoothing of the true range). */
    record Atr(int period) implements IndicatorSpec {
        public Atr {
            checkPeriod(IndicatorKind.ATR, 0, period);
        }

        public IndicatorKind kind() {
            return IndicatorKind.ATR;
        }

        public String arguments() {
            return Integer.toString(period);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private static void checkPeriod(IndicatorKind kind, int position, int value) {
        if (value < 1 || value > MAX_PERIOD) {
            throw new IllegalArgumentException(kind.parameterLabel(position) + " must be 1.." + MAX_PERIOD
                    + ", was " + value);
        }
    }

    /** Shortest decimal that reads back as the same double, without exponent or trailing zeros: 2, 2.5, 0.1. */
    private static String formatNumber(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
