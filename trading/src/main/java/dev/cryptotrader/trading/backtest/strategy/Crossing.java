package dev.cryptotrader.trading.backtest.strategy;

/**
 * ta4j's comparisons on plain doubles, so a built-in decides exactly as its ta4j form does. DoubleNum orders with
 * {@link Double#compare} and answers {@code false} to any ordering that involves NaN; NaN equals only NaN.
 *
 * <p>A cross is ta4j's CrossIndicator: {@code a} crosses above {@code b} at bar {@code i} when {@code a > b} there
 * (or either is NaN) and, going back over bars where they are equal, the last bar where they differ had
 * {@code a < b}. The look back stops at {@code boundary}, the larger unstable count of the two; no cross is reported
 * at or before it.
 */
final class Crossing {

    private Crossing() {
    }

    static boolean greater(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y) && Double.compare(x, y) > 0;
    }

    static boolean less(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y) && Double.compare(x, y) < 0;
    }

    private static boolean greaterOrEqual(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y) && Double.compare(x, y) >= 0;
    }

    private static boolean same(double x, double y) {
        return Double.isNaN(x) ? Double.isNaN(y) : x == y;
    }

    /** {@code a} crosses above {@code b} at bar {@code i} (ta4j's CrossedUpIndicatorRule(a, b)). */
    static boolean above(double[] a, double[] b, int i, int boundary) {
        return crossesDown(b, a, i, boundary);
    }

    /** {@code a} crosses below {@code b} at bar {@code i} (ta4j's CrossedDownIndicatorRule(a, b)). */
    static boolean below(double[] a, double[] b, int i, int boundary) {
        return crossesDown(a, b, i, boundary);
    }

    /** {@code a} crosses above the constant {@code level}. */
    static boolean above(double[] a, double level, int i, int boundary) {
        if (i <= boundary || greaterOrEqual(level, a[i])) {
            return false;
        }
        int j = i;
        do {
            j--;
        } while (j > boundary && same(level, a[j]));
        return greater(level, a[j]);
    }

    /** {@code a} crosses below the constant {@code level}. */
    static boolean below(double[] a, double level, int i, int boundary) {
        if (i <= boundary || greaterOrEqual(a[i], level)) {
            return false;
        }
        int j = i;
        do {
            j--;
        } while (j > boundary && same(a[j], level));
        return greater(a[j], level);
    }

    /** ta4j's CrossIndicator(up, low): {@code up} goes from above {@code low} to below it at bar {@code i}. */
    private static boolean crossesDown(double[] up, double[] low, int i, int boundary) {
        if (i <= boundary || greaterOrEqual(up[i], low[i])) {
            return false;
        }
        int j = i;
        do {
            j--;
        } while (j > boundary && same(up[j], low[j]));
        return greater(up[j], low[j]);
    }
}
