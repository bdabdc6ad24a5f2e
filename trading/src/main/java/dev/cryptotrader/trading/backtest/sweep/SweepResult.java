package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a sweep found: one row per combination that ran, in grid order, and the combinations it had to skip. After a
 * cancel it holds the rows finished so far and {@link #cancelled()} is true.
 */
public final class SweepResult {

    private final String strategy;
    private final ParameterGrid grid;
    private final List<SweepRow> rows;
    private final List<SkippedCombination> skipped;
    private final boolean cancelled;
    private final long barsPerRun;
    private final Duration elapsed;

    public SweepResult(String strategy, ParameterGrid grid, List<SweepRow> rows, List<SkippedCombination> skipped,
                       boolean cancelled, long barsPerRun, Duration elapsed) {
        this.strategy = strategy;
        this.grid = grid;
        this.rows = List.copyOf(rows);
        this.skipped = List.copyOf(skipped);
        this.cancelled = cancelled;
        this.barsPerRun = barsPerRun;
        this.elapsed = elapsed;
    }

    /** The strategy's id, e.g. {@code sma-cross}. */
    public String strategy() {
        return strategy;
    }

    public ParameterGrid grid() {
        return grid;
    }

    /** Finished runs in grid order. */
    public List<SweepRow> rows() {
        return rows;
    }

    public List<SkippedCombination> skipped() {
        return skipped;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** Bars replayed per second summed over all runs: bars per run × runs ÷ wall time. */
    public double barCombinationsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? Double.NaN : barsPerRun * (double) rows.size() / seconds;
    }

    /** Rows best first by {@code metric}; undefined values last, ties in grid order. */
    public List<SweepRow> sortedBy(MetricField metric) {
        return rows.stream().sorted(byMetric(metric)).toList();
    }

    /** Rows sorted by {@code metric}'s value, largest first when {@code descending} (a table column); NaN last. */
    public List<SweepRow> sortedBy(MetricField metric, boolean descending) {
        Comparator<SweepRow> byValue = (a, b) -> {
            double x = a.value(metric);
            double y = b.value(metric);
            return MetricRanking.largerFirst(descending ? x : -x, descending ? y : -y);
        };
        return rows.stream().sorted(byValue).toList();
    }

    /** Rows sorted by a parameter's value, ascending. */
    public List<SweepRow> sortedByParameter(String name) {
        requireParameter(name);
        return rows.stream().sorted(Comparator.comparingDouble(r -> r.parameter(name))).toList();
    }

    /** The best row by {@code metric}; empty when nothing ran or no row has a defined value. */
    public Optional<SweepRow> best(MetricField metric) {
        return rows.stream().min(byMetric(metric)).filter(r -> !Double.isNaN(r.value(metric)));
    }

    /** {@code metric} over parameters {@code x} and {@code y}; each cell is the best row among the other parameters. */
    public HeatMap heatMap(String x, String y, MetricField metric) {
        requireParameter(x);
        requireParameter(y);
        if (x.equals(y)) {
            throw new IllegalArgumentException("a heat-map needs two different parameters, got " + x + " twice");
        }
        double[] xs = axis(x).values();
        double[] ys = axis(y).values();
        SweepRow[][] cells = new SweepRow[ys.length][xs.length];
        Comparator<SweepRow> better = byMetric(metric);
        for (SweepRow row : rows) {
            int xi = indexOf(xs, row.parameter(x));
            int yi = indexOf(ys, row.parameter(y));
            SweepRow held = cells[yi][xi];
            if (held == null || better.compare(row, held) < 0) {
                cells[yi][xi] = row;
            }
        }
        return new HeatMap(x, xs, y, ys, metric, cells);
    }

    private static Comparator<SweepRow> byMetric(MetricField metric) {
        Comparator<Metrics> best = MetricRanking.bestFirst(metric);
        return (a, b) -> best.compare(a.metrics(), b.metrics());
    }

    private ParameterAxis axis(String name) {
        return grid.axes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private void requireParameter(String name) {
        if (!grid.names().contains(name)) {
            throw new IllegalArgumentException("the sweep has no parameter " + name + "; it swept " + grid.names());
        }
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new IllegalStateException("value " + v + " is not on the axis");
    }
}
