package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.indicators.ArrayKernels;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Indicator columns over one tape, each computed once and shared: a sweep of thousands of SMA-cross variants over a
 * million bars computes each SMA period once, not once per variant. Safe for parallel sweeps: threads asking for the
 * same column wait for the one computing it; different columns compute at the same time.
 *
 * <p>Columns are ta4j's values (see {@link ColumnMath}), NaN during each indicator's warm-up. The arrays are shared
 * and must not be written. Kept columns are capped at {@code maxBytes} (a quarter of the heap by default); past the
 * cap a column is computed for its caller and not kept, so results never depend on the cap, only speed does.
 */
public final class IndicatorColumns {

    private record Key(String kind, int a, int b, int c, double k) {
    }

    /** One column, filled by the first thread that asks; the map's own lock is never held while computing. */
    private static final class Slot {
        private volatile double[] values;

        double[] get(Supplier<double[]> compute) {
            double[] v = values;
            if (v == null) {
                synchronized (this) {
                    v = values;
                    if (v == null) {
                        v = compute.get();
                        values = v;
                    }
                }
            }
            return v;
        }
    }

    private final BarTape tape;
    private final long maxBytes;
    private final ConcurrentHashMap<Key, Slot> columns = new ConcurrentHashMap<>();

    public IndicatorColumns(BarTape tape) {
        this(tape, Runtime.getRuntime().maxMemory() / 4);
    }

    public IndicatorColumns(BarTape tape, long maxBytes) {
        this.tape = Objects.requireNonNull(tape, "tape");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must be >= 0, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public BarTape tape() {
        return tape;
    }

    /** The strategy's signals, from these shared columns when it is a {@link ColumnStrategy}. */
    public Signals signals(Strategy strategy) {
        return strategy instanceof ColumnStrategy columnStrategy ? columnStrategy.signals(this)
                : strategy.signals(tape);
    }

    /** How many columns are kept now. */
    public int cachedColumns() {
        return columns.size();
    }

    /** SMA of the close; NaN before bar {@code period - 1}. */
    public double[] sma(int period) {
        positive("sma period", period);
        return column(new Key("sma", period, 0, 0, 0), () -> ColumnMath.sma(tape.close(), period));
    }

    /** EMA of the close; NaN before bar {@code period} (ta4j seeds with the close there). */
    public double[] ema(int period) {
        positive("ema period", period);
        return column(new Key("ema", period, 0, 0, 0), () -> ArrayKernels.ema(tape.close(), period));
    }

    /** Wilder's RSI of the close; NaN before bar {@code period}. */
    public double[] rsi(int period) {
        positive("rsi period", period);
        return column(new Key("rsi", period, 0, 0, 0), () -> ArrayKernels.rsi(tape.close(), period));
    }

    /** MACD line, EMA(fast) - EMA(slow); NaN before bar {@code slow}. */
    public double[] macd(int fast, int slow) {
        positive("macd fast period", fast);
        positive("macd slow period", slow);
        return column(new Key("macd", fast, slow, 0, 0), () -> ColumnMath.difference(ema(fast), ema(slow)));
    }

    /** The signal line, an EMA of the MACD line; NaN before bar {@code max(slow, signal)}. */
    public double[] macdSignal(int fast, int slow, int signal) {
        positive("macd signal period", signal);
        return column(new Key("macd_signal", fast, slow, signal, 0),
                () -> ArrayKernels.average(macd(fast, slow), signal, 2.0 / (signal + 1)));
    }

    /** Population standard deviation of the close over {@code period} bars; NaN before bar {@code period - 1}. */
    public double[] standardDeviation(int period) {
        positive("standard deviation period", period);
        return column(new Key("stddev", period, 0, 0, 0),
                () -> ColumnMath.standardDeviation(tape.close(), sma(period), period));
    }

    public double[] bollingerUpper(int period, double k) {
        return column(new Key("bb_upper", period, 0, 0, k),
                () -> ColumnMath.band(sma(period), standardDeviation(period), k, true));
    }

    public double[] bollingerLower(int period, double k) {
        return column(new Key("bb_lower", period, 0, 0, k),
                () -> ColumnMath.band(sma(period), standardDeviation(period), k, false));
    }

    /** Highest high of the {@code bars} bars before each bar (that bar excluded); NaN before bar {@code bars}. */
    public double[] highestHigh(int bars) {
        positive("highest period", bars);
        return column(new Key("highest", bars, 0, 0, 0), () -> ColumnMath.previousExtreme(tape.high(), bars, true));
    }

    /** Lowest low of the {@code bars} bars before each bar (that bar excluded); NaN before bar {@code bars}. */
    public double[] lowestLow(int bars) {
        positive("lowest period", bars);
        return column(new Key("lowest", bars, 0, 0, 0), () -> ColumnMath.previousExtreme(tape.low(), bars, false));
    }

    private double[] column(Key key, Supplier<double[]> compute) {
        Slot slot = columns.get(key);
        if (slot == null) {
            long columnBytes = 8L * tape.size();
            if ((columns.size() + 1L) * columnBytes > maxBytes) {
                return compute.get();
            }
            slot = columns.computeIfAbsent(key, k -> new Slot());
        }
        return slot.get(compute);
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, was " + value);
        }
    }
}
