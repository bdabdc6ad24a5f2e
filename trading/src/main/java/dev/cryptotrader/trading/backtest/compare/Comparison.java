package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.MetricRanking;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several runs side by side: a table whose rows are the metrics (in {@link MetricField} order) and whose columns are
 * the runs, plus their equity curves aligned by time. Two runs with the same label get " (2)", " (3)" appended so
 * columns stay distinguishable.
 */
public final class Comparison {

    private final List<ComparedRun> runs;
    private final List<String> columns;

    private Comparison(List<ComparedRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one run");
        }
        this.runs = List.copyOf(runs);
        this.columns = distinctLabels(runs);
    }

    public static Comparison of(List<BacktestResult> results) {
        return new Comparison(results.stream().map(ComparedRun::of).toList());
    }

    public static Comparison ofRuns(List<ComparedRun> runs) {
        return new Comparison(runs);
    }

    /** Column headers, one per run, in the order given. */
    public List<String> columns() {
        return columns;
    }

    public List<ComparedRun> runs() {
        return runs;
    }

    public List<MetricField> rows() {
        return List.of(MetricField.values());
    }

    public double value(MetricField row, int column) {
        return row.value(runs.get(column).metrics());
    }

    /** The cell as a table shows it ({@code 12.34%}, {@code 1,234.56}, {@code —} when undefined). */
    public String display(MetricField row, int column) {
        return MetricFormat.display(row, value(row, column));
    }

    /** The column with the best value in this row, or -1 when none is better (exposure, trades) or all are undefined. */
    public int bestColumn(MetricField row) {
        if (MetricRanking.better(row) == MetricRanking.Better.NEITHER) {
            return -1;
        }
        int best = -1;
        for (int c = 0; c < runs.size(); c++) {
            double score = MetricRanking.score(row, runs.get(c).metrics());
            if (!Double.isNaN(score)
                    && (best < 0 || score > MetricRanking.score(row, runs.get(best).metrics()))) {
                best = c;
            }
        }
        return best;
    }

    /** The equity curves on one time axis (see {@link AlignedEquity}). */
    public AlignedEquity alignedEquity() {
        long[] times = runs.stream().flatMapToLong(r -> Arrays.stream(r.times())).sorted().distinct().toArray();
        double[][] equity = new double[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            equity[r] = align(runs.get(r), times);
        }
        return new AlignedEquity(columns, times, equity);
    }

    private static double[] align(ComparedRun run, long[] times) {
        double[] out = new double[times.length];
        Arrays.fill(out, Double.NaN);
        long[] own = run.times();
        if (own.length == 0) {
            return out;
        }
        int j = 0;
        for (int k = 0; k < times.length; k++) {
            if (times[k] < own[0] || times[k] > own[own.length - 1]) {
                continue;
            }
            while (j + 1 < own.length && own[j + 1] <= times[k]) {
                j++;
            }
            out[k] = run.equity()[j];
        }
        return out;
    }

    /**
     * The table as CSV: a header {@code metric,<run>,<run>…}, then one row per metric keyed by its snake_case name.
     * Numbers are plain decimals (fractions as fractions, counts whole), undefined values empty; lines end with
     * {@code \n}.
     */
    public void writeCsv(Writer out) throws IOException {
        out.write("metric");
        for (String c : columns) {
            out.write(',');
            out.write(CsvText.field(c));
        }
        out.write('\n');
        for (MetricField row : rows()) {
            out.write(row.key());
            for (int c = 0; c < runs.size(); c++) {
                out.write(',');
                out.write(CsvText.number(row, value(row, c)));
            }
            out.write('\n');
        }
    }

    public String toCsv() {
        StringWriter w = new StringWriter();
        try {
            writeCsv(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** The aligned equity as CSV: {@code time,<run>,<run>…}, ISO-8601 UTC times, an empty field where a run is absent. */
    public void writeEquityCsv(Writer out) throws IOException {
        CsvText.writeEquity(alignedEquity(), out);
    }

    private static List<String> distinctLabels(List<ComparedRun> runs) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>(runs.size());
        for (ComparedRun run : runs) {
            int n = seen.merge(run.label(), 1, Integer::sum);
            labels.add(n == 1 ? run.label() : run.label() + " (" + n + ")");
        }
        return List.copyOf(labels);
    }
}
