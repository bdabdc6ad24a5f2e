package dev.cryptotrader.trading.backtest.strategy;

import java.util.Arrays;

/**
 * The indicator columns the built-ins read, on plain arrays in one pass each (Bollinger's deviation excepted), with
 * ta4j 0.22.2's DoubleNum arithmetic restated operation for operation, so the values are ta4j's doubles. Each column
 * is NaN where ta4j's indicator is unstable (its {@code getCountOfUnstableBars()}): the values ta4j gives there come
 * from shorter windows, and no built-in reads them.
 */
final class ColumnMath {

    private ColumnMath() {
    }

    /**
     * ta4j's SMAIndicator over its RunningTotalIndicator: add the new value, then take out the one leaving the window.
     * ta4j starts its running sum wherever it is first read, so the two can differ in the last bits (1e-15 relative).
     */
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
        blank(out, period - 1);
        return out;
    }

    /** ta4j's EMAIndicator: multiplier {@code 2 / (period + 1)}. */
    static double[] ema(double[] x, int period) {
        return averageLikeTa4j(x, period, 2.0 / (period + 1));
    }

    /**
     * ta4j's AbstractEMAIndicator (EMA and Wilder's MMA): NaN before bar {@code period} and wherever the input is NaN;
     * the input itself where the previous value is NaN (ta4j's seed, also how it recovers); otherwise
     * {@code previous + (value - previous) * multiplier}.
     */
    static double[] averageLikeTa4j(double[] x, int period, double multiplier) {
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

    /** ta4j's RSIIndicator: Wilder averages of gains and losses; 0 or 100 when the average loss is zero. */
    static double[] rsi(double[] close, int period) {
        int n = close.length;
        double[] gains = new double[n];
        double[] losses = new double[n];
        for (int i = 1; i < n; i++) {
            int order = Double.compare(close[i], close[i - 1]);
            gains[i] = order > 0 ? close[i] - close[i - 1] : 0;
            losses[i] = order < 0 ? close[i - 1] - close[i] : 0;
        }
        double[] gain = averageLikeTa4j(gains, period, 1.0 / period);
        double[] loss = averageLikeTa4j(losses, period, 1.0 / period);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (i < period || Double.isNaN(gain[i]) || Double.isNaN(loss[i])) {
                out[i] = Double.NaN;
            } else if (loss[i] == 0) {
                out[i] = gain[i] == 0 ? 0 : 100;
            } else {
                out[i] = 100 - 100 / (1 + gain[i] / loss[i]);
            }
        }
        return out;
    }

    /** ta4j's MACDIndicator: fast EMA minus slow EMA (NaN while the slow one is). */
    static double[] difference(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    /**
     * ta4j's StandardDeviationIndicator: the square root of {@code sum((x - sma)^2) / count} over the window, summed
     * around the window's own mean as ta4j does (exact, not a running sum of squares), so {@code period} steps a bar.
     */
    static double[] standardDeviation(double[] x, double[] sma, int period) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int start = Math.max(0, i - period + 1);
            double average = sma[i];
            double variance = 0;
            for (int j = start; j <= i; j++) {
                variance = variance + Math.pow(x[j] - average, 2);
            }
            variance = variance / (i - start + 1);
            out[i] = variance < 0 ? Double.NaN : Math.sqrt(variance);
        }
        blank(out, period - 1);
        return out;
    }

    /** ta4j's BollingerBandsUpper/LowerIndicator: {@code middle + sign * (deviation * k)}. */
    static double[] band(double[] middle, double[] deviation, double k, boolean upper) {
        double[] out = new double[middle.length];
        for (int i = 0; i < out.length; i++) {
            double offset = deviation[i] * k;
            out[i] = upper ? middle[i] + offset : middle[i] - offset;
        }
        return out;
    }

    /**
     * The highest (or lowest) of the {@code period} values before bar {@code i}, bar {@code i} excluded: ta4j's
     * Highest/LowestValueIndicator over a PreviousValueIndicator. NaN before bar {@code period}. A monotonic queue of
     * indices keeps it linear for any period.
     */
    static double[] previousExtreme(double[] x, int period, boolean highest) {
        int n = x.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        int[] queue = new int[Math.max(1, Math.min(n, period + 1))];
        int head = 0;
        int count = 0;
        for (int i = 1; i < n; i++) {
            int entering = i - 1; // the window for bar i is [i - period, i - 1]
            while (count > 0) {
                int tail = (head + count - 1) % queue.length;
                double v = x[queue[tail]];
                if (highest ? v <= x[entering] : v >= x[entering]) {
                    count--;
                } else {
                    break;
                }
            }
            queue[(head + count) % queue.length] = entering;
            count++;
            if (queue[head] < i - period) {
                head = (head + 1) % queue.length;
                count--;
            }
            if (i >= period) {
                out[i] = x[queue[head]];
            }
        }
        return out;
    }

    private static void blank(double[] values, int count) {
        Arrays.fill(values, 0, Math.max(0, Math.min(count, values.length)), Double.NaN);
    }
}
