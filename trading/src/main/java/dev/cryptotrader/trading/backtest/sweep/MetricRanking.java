package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Which way each metric is better, for ranking sweep rows and choosing a walk-forward fold's parameters. Drawdowns,
 * fees and average losses are better small (losses by magnitude, whatever their sign). Exposure, trade count and
 * buy-and-hold describe a run rather than grade it; rankings put their higher value first. An undefined (NaN) value
 * ranks after every defined one.
 */
public final class MetricRanking {

    /** What "better" means for a metric. */
    public enum Better { HIGHER, LOWER, SMALLER_MAGNITUDE, NEITHER }

    private MetricRanking() {
    }

    public static Better better(MetricField metric) {
        return switch (metric) {
            case MAX_DRAWDOWN, AVERAGE_LOSS -> Better.SMALLER_MAGNITUDE;
            case MAX_DRAWDOWN_BARS, FEES -> Better.LOWER;
            case EXPOSURE, TRADES, BUY_AND_HOLD_RETURN -> Better.NEITHER;
            default -> Better.HIGHER;
        };
    }

    /** The metric turned so that larger is better; NaN stays NaN. */
    public static double score(MetricField metric, Metrics metrics) {
        double v = metric.value(metrics);
        return switch (better(metric)) {
            case HIGHER, NEITHER -> v;
            case LOWER -> -v;
            case SMALLER_MAGNITUDE -> -Math.abs(v);
        };
    }

    /** Best first, NaN last. */
    public static Comparator<Metrics> bestFirst(MetricField metric) {
        return (a, b) -> largerFirst(score(metric, a), score(metric, b));
    }

    /** Larger first, NaN last (for sorting a column either way: negate both to get smaller first). */
    public static int largerFirst(double a, double b) {
        boolean aNaN = Double.isNaN(a);
        boolean bNaN = Double.isNaN(b);
        if (aNaN || bNaN) {
            return Boolean.compare(aNaN, bNaN);
        }
        return Double.compare(b, a);
    }

    /** A metric by its snake_case key ({@code sharpe}, {@code max-drawdown}), case-insensitive; the error lists them. */
    public static MetricField parse(String name) {
        String wanted = name.trim().replace('-', '_');
        for (MetricField m : MetricField.values()) {
            if (m.key().equalsIgnoreCase(wanted)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; known: "
                + String.join(", ", Arrays.stream(MetricField.values()).map(MetricField::key).toList()));
    }
}
