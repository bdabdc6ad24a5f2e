package dev.cryptotrader.trading.indicators;

/**
 * ta4j's SMA, EMA and RSI (and the EMA/Wilder average under them) restated on plain arrays, operation for operation
 * in ta4j 0.22.2's DoubleNum arithmetic, so they give its doubles: the chart's indicators and the backtest's
 * strategies both compute from these. Values during the warm-up are what ta4j gives there (shorter windows, or NaN);
 * callers blank what they do not show.
 */
public final class ArrayKernels {

    private ArrayKernels() {
    }

    /** ta4j's SMAIndicator over its RunningTotalIndicator: add the new value, then take out the one leaving. */
    public static double[] sma(double[] x, int period) {
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

    /** ta4j's EMAIndicator: multiplier {@code 2 / (period + 1)}, NaN before bar {@code period}. */
    public static double[] ema(double[] x, int period) {
        return average(x, period, 2.0 / (period + 1));
    }

    /** ta4j's RSIIndicator: Wilder (1/period) averages of gains and losses; 0 or 100 when the average loss is 0. */
    public static double[] rsi(double[] close, int period) {
        int n = close.length;
        double[] gains = new double[n];
        double[] losses = new double[n];
        for (int i = 1; i < n; i++) {
            int order = Double.compare(close[i], close[i - 1]);
            gains[i] = order > 0 ? close[i] - close[i - 1] : 0;
            losses[i] = order < 0 ? close[i - 1] - close[i] : 0;
        }
        double[] gain = average(gains, period, 1.0 / period);
        double[] loss = average(losses, period, 1.0 / period);
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

    /**
     * ta4j's AbstractEMAIndicator (EMA and Wilder's MMA) on any input: NaN before bar {@code period} and wherever the
     * input is NaN; the input itself where the previous value is NaN (the seed, also how it recovers); otherwise
     * {@code previous + (value - previous) * multiplier}.
     */
    public static double[] average(double[] x, int period, double multiplier) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (i < period || Double.isNaN(x[i])) {
                out[i] = Double.NaN;
            } else if (Double.isNaN(out[i - 1])) {
                out[i] = x[i];
            } else {
                out[i] = out[i - 1] + (x[i] - out[i - 1]) * multiplier;
            }
        }
        return out;
    }
}
