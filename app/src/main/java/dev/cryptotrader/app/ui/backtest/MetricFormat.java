package dev.cryptotrader.app.ui.backtest;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the panel writes numbers: percentages with two decimals, money with thousands separators, ratios with two
 * decimals, and "—" for an undefined value (NaN), never "NaN".
 */
public final class MetricFormat {

    public static final String UNDEFINED = "—";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private MetricFormat() {
    }

    /** The kinds of number a metric is. */
    public enum Kind { MONEY, PERCENT, RATIO, COUNT }

    public static String format(Kind kind, double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return switch (kind) {
            case MONEY -> money(v);
            case PERCENT -> percent(v);
            case RATIO -> new DecimalFormat("0.00", SYMBOLS).format(v);
            case COUNT -> new DecimalFormat("#,##0", SYMBOLS).format(v);
        };
    }

    /** {@code 0.1234} as {@code 12.34%}. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? UNDEFINED : new DecimalFormat("#,##0.00", SYMBOLS).format(fraction * 100) + "%";
    }

    /** {@code 12345.678} as {@code 12,345.68}. */
    public static String money(double v) {
        return Double.isNaN(v) ? UNDEFINED : new DecimalFormat("#,##0.00", SYMBOLS).format(v);
    }

    /** A price or quantity with as many decimals as it has, up to 8: {@code 43,120.5}, {@code 0.00125}. */
    public static String amount(double v) {
        return Double.isNaN(v) ? UNDEFINED : new DecimalFormat("#,##0.########", SYMBOLS).format(v);
    }

    /** A parameter value: {@code 20}, {@code 2.5}. */
    public static String parameter(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new DecimalFormat("0.##########", SYMBOLS).format(v);
    }
}
