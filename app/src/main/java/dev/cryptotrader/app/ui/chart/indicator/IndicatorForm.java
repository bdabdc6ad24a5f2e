package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorSpec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what the parameters dialog's fields say into specs, or says what is wrong naming the indicator and the field:
 * "RSI period is empty", "MACD fast period must be less than the slow period, was fast 30, slow 26".
 */
final class IndicatorForm {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]*\\.?[0-9]*");

    private IndicatorForm() {
    }

    /** One row of the dialog: a kind and the text of each of its parameter fields. */
    record Row(IndicatorKind kind, List<String> fields) {
        Row {
            fields = List.copyOf(fields);
        }

        static Row of(IndicatorSpec spec) {
            return new Row(spec.kind(), List.of(spec.arguments().split(",")));
        }
    }

    /** The specs of all rows, in order; throws naming the first bad field or a repeated indicator. */
    static List<IndicatorSpec> read(List<Row> rows) {
        List<IndicatorSpec> specs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            IndicatorSpec spec = read(row);
            if (!seen.add(spec.text())) {
                throw new IllegalArgumentException(spec.label() + " is listed twice");
            }
            specs.add(spec);
        }
        return specs;
    }

    static IndicatorSpec read(Row row) {
        IndicatorKind kind = row.kind();
        List<String> names = kind.parameterNames();
        if (row.fields().size() != names.size()) {
            throw new IllegalArgumentException(kind.fullName() + " takes " + names.size() + " parameters, got "
                    + row.fields().size());
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String text = row.fields().get(i).strip();
            String field = kind.fullName() + " " + names.get(i);
            if (text.isEmpty()) {
                throw new IllegalArgumentException(field + " is empty");
            }
            if (!NUMBER.matcher(text).matches()) {
                throw new IllegalArgumentException(field + " must be a number, was '" + text + "'");
            }
            args.add(text);
        }
        String specText = kind.textName() + "(" + String.join(",", args) + ")";
        try {
            return IndicatorSpec.parse(specText);
        } catch (IllegalArgumentException e) {
            // The parser names the parameter and quotes its input; the dialog shows no text form, so drop the quote.
            throw new IllegalArgumentException(e.getMessage().replace(" (in '" + specText + "')", ""), e);
        }
    }
}
