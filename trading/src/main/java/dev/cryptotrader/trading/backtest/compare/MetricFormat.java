package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.metrics.MetricField;

import java.util.Locale;

/** How a metric reads in a table: {@code 12.34%}, {@code 1,234.56}, {@code 1.23}, {@code 17}; {@code —} when undefined. */
public final class MetricFormat {

    private MetricFormat() {
    }

    public static String display(MetricField metric, double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return switch (metric.kind()) {
            case MONEY -> String.format(Locale.ROOT, "%,.2f", v);
            case FRACTION -> String.format(Locale.ROOT, "%.2f%%", v * 100);
            case RATIO -> String.format(Locale.ROOT, "%.2f", v);
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
        };
    }
}
