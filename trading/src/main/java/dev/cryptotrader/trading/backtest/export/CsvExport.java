package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.MetricField;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A backtest as CSV: a header row of snake_case keys, then one row per trade, per equity point or per result. Times
 * are ISO-8601 UTC, numbers plain decimals, an undefined value (NaN, ±∞) an empty field. Lines end with {@code \n}.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** entry_time, exit_time, side, qty, entry_price, exit_price, fees, pnl, return, bars_held. */
    public static void writeTrades(List<Trade> trades, Writer out) throws IOException {
        TradeField[] fields = TradeField.values();
        for (int f = 0; f < fields.length; f++) {
            out.write(f == 0 ? "" : ",");
            out.write(fields[f].key);
        }
        out.write('\n');
        for (Trade t : trades) {
            for (int f = 0; f < fields.length; f++) {
                out.write(f == 0 ? "" : ",");
                out.write(fields[f].text(t));
            }
            out.write('\n');
        }
    }

    /** time (the bar's close), equity, drawdown (a fraction of the running peak, ≥ 0). */
    public static void writeEquity(BacktestResult result, Writer out) throws IOException {
        out.write("time,equity,drawdown\n");
        EquityRows.forEach(result, (time, equity, drawdown) -> {
            out.write(ExportValues.time(time));
            out.write(',');
            out.write(ExportValues.decimal(equity));
            out.write(',');
            out.write(ExportValues.decimal(drawdown));
            out.write('\n');
        });
    }

    /** One row per result, labelled, with every {@link MetricField} in order: a comparison table. */
    public static void writeMetrics(List<BacktestResult> results, Writer out) throws IOException {
        out.write("label");
        for (MetricField field : MetricField.values()) {
            out.write(',');
            out.write(field.key());
        }
        out.write('\n');
        for (BacktestResult result : results) {
            out.write(ExportValues.csv(result.label()));
            for (MetricField field : MetricField.values()) {
                out.write(',');
                double value = field.value(result.metrics());
                out.write(field.kind() == MetricField.Kind.COUNT
                        ? Long.toString((long) value) : ExportValues.decimal(value));
            }
            out.write('\n');
        }
    }
}
