package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.List;
import java.util.Optional;

/**
 * Plain-array versions of the four ta4j indicators simple enough to restate: SMA, EMA, RSI and ATR. They repeat
 * ta4j's DoubleNum arithmetic operation for operation (running-total SMA, EMA/Wilder averages seeded with the value at
 * bar {@code period}, the same comparisons), so they give the same doubles a hundred times faster; the tests hold
 * them to ta4j within 1e-9 relative. Warm-ups are those of {@link Ta4jLines}.
 */
final class DirectKernels {

    private DirectKernels() {
    }

    /** The result by a direct kernel, or empty when this kind has none (Bollinger, MACD, Stochastic). */
    static Optional<IndicatorResult> compute(CandleSeries candles, IndicatorSpec spec) {
        return switch (spec) {
            case IndicatorSpec.Sma s -> Optional.of(single(spec, "sma", sma(closes(candles), s.period()),
                    s.period() - 1));
            case IndicatorSpec.Ema e -> Optional.of(single(spec, "ema", ema(closes(candles), e.period()),
                    e.period()));
            case IndicatorSpec.Rsi r -> Optional.of(single(spec, "rsi", rsi(closes(candles), r.period()),
                    r.period()));
            case IndicatorSpec.Atr a -> Optional.of(single(spec, "atr", atr(candles, a.period()), a.period()));
            default -> Optional.empty();
        };
    }

    private static IndicatorResult single(IndicatorSpec spec, String name, double[] values, int warmUp) {
        int blank = Math.min(warmUp, values.length);
        for (int i = 0; i < blank; i++) {
            values[i] = Double.NaN;
        }
        return new IndicatorResult(spec, List.of(new IndicatorLine(name, values, blank)));
    }

    private static double[] closes(CandleSeries candles) {
        double[] out = new double[candles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = candles.close(i);
        }
        return out;
    }

    /** ta4j's RunningTotalIndicator read in order: add the new value, then take out the one leaving the window. */
    static double[] sma(double[] x, int period) {
        double[] out = new double[x.length];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum = sum + x[i];
            if (i >= period) {
                sum = sum - x[i - period];
            }
            out[i] = sum / Math.min(period, i + 1);
        }
        return out;
    }

    static double[] ema(double[] x, int period) {
        return seededAverage(x, period, 2.0 / (period + 1));
    }

    /** ta4j's RSIIndicator: Wilder (1/period) averages of gains and losses. */
    static double[] rsi(double[] close, int period) {
        int n = close.length;
        double[] gains = new double[n];
        double[] losses = new double[n];
        for (int i = 1; i < n; i++) {
            gains[i] = Double.compare(close[i], close[i - 1]) > 0 ? close[i] - close[i - 1] : 0;
            losses[i] = Double.compare(close[i], close[i - 1]) < 0 ? close[i - 1] - close[i] : 0;
        }
        double[] gain = seededAverage(gains, period, 1.0 / period);
        double[] loss = seededAverage(losses, period, 1.0 / period);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(gain[i]) || Double.isNaN(loss[i])) {
                out[i] = Double.NaN;
            } else if (loss[i] == 0) {
                out[i] = gain[i] == 0 ? 0 : 100;
            } else {
                out[i] = 100 - 100 / (1 + gain[i] / loss[i]);
            }
        }
        return out;
    }

    /** ta4j's ATRIndicator: a Wilder average of the true range (the first bar's is just high - low). */
    static double[] atr(CandleSeries candles, int period) {
        int n = candles.size();
        double[] trueRange = new double[n];
        for (int i = 0; i < n; i++) {
            double high = candles.high(i);
            double low = candles.low(i);
            double range = Math.abs(high - low);
            if (i > 0) {
                double previousClose = candles.close(i - 1);
                range = Math.max(Math.max(range, Math.abs(high - previousClose)), Math.abs(previousClose - low));
            }
            trueRange[i] = range;
        }
        return seededAverage(trueRange, period, 1.0 / period);
    }

    /**
     * ta4j's AbstractEMAIndicator: NaN before bar {@code period}, the input itself there, then
     * {@code previous + (value - previous) * multiplier}.
     */
    private static double[] seededAverage(double[] x, int period, double multiplier) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (i < period) {
                out[i] = Double.NaN;
            } else if (i == period) {
                out[i] = x[i];
            } else {
                out[i] = out[i - 1] + (x[i] - out[i - 1]) * multiplier;
            }
        }
        return out;
    }
}
