package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.compare.MetricFormat;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Metrics as a text table for a terminal: one label and one right-aligned value (12.34%, 1,234.56, 1.23) a line. */
final class MetricsText {

    private static final int LABEL = 26;
    private static final int VALUE = 16;

    private MetricsText() {
    }

    /** Every metric, then any extra {@code label, value} rows (final equity, ...). */
    static List<String> lines(Metrics metrics, String... extra) {
        List<String> out = new ArrayList<>();
        for (MetricField field : MetricField.values()) {
            out.add(row(field.label(), MetricFormat.display(field, field.value(metrics))));
        }
        for (int i = 0; i + 1 < extra.length; i += 2) {
            out.add(row(extra[i], extra[i + 1]));
        }
        return out;
    }

    static String row(String label, String value) {
        return String.format(Locale.ROOT, "  %-" + LABEL + "s%" + VALUE + "s", label, value);
    }

    static String money(double v) {
        return MetricFormat.display(MetricField.NET_PROFIT, v);
    }

    static String percent(double fraction) {
        return MetricFormat.display(MetricField.TOTAL_RETURN, fraction);
    }

    static String ratio(double v) {
        return MetricFormat.display(MetricField.SHARPE, v);
    }

    /** {@code fast=20 slow=100}; empty parameters read {@code (none)}. */
    static String parameters(Map<String, Double> parameters) {
        if (parameters.isEmpty()) {
            return "(none)";
        }
        StringJoiner joined = new StringJoiner(" ");
        parameters.forEach((k, v) -> joined.add(k + "=" + ParameterAxis.format(v)));
        return joined.toString();
    }

    /** Pads or cuts {@code text} to {@code width} columns, left-aligned. */
    static String cell(String text, int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    /** Right-aligned in {@code width} columns. */
    static String right(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
