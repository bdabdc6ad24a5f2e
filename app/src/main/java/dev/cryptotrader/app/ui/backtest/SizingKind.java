package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.Sizing;

/** The sizing choices of the form, each with what its value field means. */
public enum SizingKind {
    FRACTION_OF_EQUITY("Fraction of equity", "% of equity", "100"),
    FIXED_QUANTITY("Fixed quantity", "quantity", "1"),
    RISK_PERCENT("Risk % of equity to the stop", "% risked", "1"),
    CAPPED_KELLY("Capped Kelly", "cap %", "25");

    private final String title;
    private final String unit;
    private final String defaultText;

    SizingKind(String title, String unit, String defaultText) {
        this.title = title;
        this.unit = unit;
        this.defaultText = defaultText;
    }

    public String unit() {
        return unit;
    }

    public String defaultText() {
        return defaultText;
    }

    /** The sizing for the value typed; percentages become fractions. Throws naming what is wrong. */
    Sizing sizing(double value) {
        String field = "Sizing " + unit;
        return switch (this) {
            case FRACTION_OF_EQUITY -> new Sizing.FractionOfEquity(percent(field, value, 100));
            case FIXED_QUANTITY -> {
                if (!(value > 0)) {
                    throw new IllegalArgumentException(field + " must be > 0, was " + MetricFormat.parameter(value));
                }
                yield new Sizing.FixedQuantity(value);
            }
            case RISK_PERCENT -> new Sizing.RiskPercent(percent(field, value, 100));
            case CAPPED_KELLY -> new Sizing.CappedKelly(percent(field, value, 100));
        };
    }

    private static double percent(String field, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new IllegalArgumentException(field + " must be above 0 and at most " + MetricFormat.parameter(max)
                    + ", was " + MetricFormat.parameter(value));
        }
        return value / 100;
    }

    @Override
    public String toString() {
        return title;
    }
}
