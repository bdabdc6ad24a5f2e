package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.backtest.sweep.SkippedCombination;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.sweep.SweepRow;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A sweep as CSV: one row per combination, its parameters in grid order, then {@code label} and every metric by
 * snake_case key. Refused combinations come as rows with empty metrics and the reason in {@code skipped}.
 */
public final class SweepCsv {

    private SweepCsv() {
    }

    /** The rows in grid order. */
    public static void write(SweepResult result, Writer out) throws IOException {
        write(result, result.rows(), out);
    }

    /** {@code rows} in the order given (e.g. {@link SweepResult#sortedBy}), then the refused combinations. */
    public static void write(SweepResult result, List<SweepRow> rows, Writer out) throws IOException {
        List<String> names = result.grid().names();
        for (String name : names) {
            out.write(CsvText.field(name));
            out.write(',');
        }
        out.write("label");
        for (MetricField m : MetricField.values()) {
            out.write(',');
            out.write(m.key());
        }
        out.write(",skipped\n");
        for (SweepRow row : rows) {
            parameters(names, row.parameters(), out);
            out.write(CsvText.field(row.label()));
            for (MetricField m : MetricField.values()) {
                out.write(',');
                out.write(CsvText.number(m, row.value(m)));
            }
            out.write(",\n");
        }
        for (SkippedCombination s : result.skipped()) {
            parameters(names, s.parameters(), out);
            out.write(",".repeat(MetricField.values().length + 1));
            out.write(CsvText.field(s.reason()));
            out.write('\n');
        }
    }

    private static void parameters(List<String> names, Map<String, Double> values, Writer out)
            throws IOException {
        for (String name : names) {
            out.write(ParameterAxis.format(values.get(name)));
            out.write(',');
        }
    }
}
