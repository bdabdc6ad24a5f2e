package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.indicators.ArrayKernels;

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
     * ta4j's SMAIndicator (ta4j starts its running sum wherever it is first read, so the two can differ in the last
     * bits, 1e-15 relative).
     */
    static double[] sma(double[] x, int period) {
        double[] out = ArrayKernels.sma(x, period);
        blank(out, period - 1);
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
