package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.backtest.walkforward.FoldResult;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A walk-forward as CSV: the per-fold in-sample vs out-of-sample table, and the stitched out-of-sample equity.
 * Window times are ISO-8601 UTC: a window's start is its first bar's open, its end its last bar's close.
 */
public final class WalkForwardCsv {

    /** The metrics the fold table shows twice, in sample ({@code is_…}) and out of sample ({@code oos_…}). */
    private static final MetricField[] FOLD_METRICS = {MetricField.TOTAL_RETURN, MetricField.CAGR, MetricField.SHARPE,
            MetricField.SORTINO, MetricField.MAX_DRAWDOWN, MetricField.WIN_RATE, MetricField.PROFIT_FACTOR,
            MetricField.TRADES, MetricField.FEES};

    private WalkForwardCsv() {
    }

    /** fold, train_start, train_end, test_start, test_end, parameters ({@code fast=20; slow=100}), is_…, oos_…. */
    public static void writeFolds(WalkForwardResult result, Writer out) throws IOException {
        out.write("fold,train_start,train_end,test_start,test_end,parameters");
        for (String side : new String[] {"is_", "oos_"}) {
            for (MetricField m : FOLD_METRICS) {
                out.write(',');
                out.write(side + m.key());
            }
        }
        out.write('\n');
        BarTape tape = result.tape();
        for (FoldResult f : result.folds()) {
            var fold = f.fold();
            out.write(Integer.toString(fold.index() + 1));
            out.write(',' + CsvText.time(tape.openTime()[fold.trainFrom()]));
            out.write(',' + CsvText.time(tape.closeTime(fold.trainTo() - 1)));
            out.write(',' + CsvText.time(tape.openTime()[fold.testFrom()]));
            out.write(',' + CsvText.time(tape.closeTime(fold.testTo() - 1)));
            out.write(',' + CsvText.field(parameters(f.parameters())));
            metrics(f.inSample(), out);
            metrics(f.outOfSample(), out);
            out.write('\n');
        }
    }

    /** time (each test bar's close), equity (stitched). */
    public static void writeEquity(WalkForwardResult result, Writer out) throws IOException {
        out.write("time,equity\n");
        for (int k = 0; k < result.equity().length; k++) {
            out.write(CsvText.time(result.times()[k]));
            out.write(',');
            out.write(CsvText.decimal(result.equity()[k]));
            out.write('\n');
        }
    }

    private static void metrics(Metrics metrics, Writer out) throws IOException {
        for (MetricField m : FOLD_METRICS) {
            out.write(',');
            out.write(CsvText.number(m, m.value(metrics)));
        }
    }

    private static String parameters(Map<String, Double> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + ParameterAxis.format(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
