package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.heatmap.HeatCell;
import dev.cryptotrader.charting.heatmap.HeatMapData;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sweep's rows laid out as a heat map of two parameters against one metric. With more than two swept parameters
 * several rows fall into one cell; the cell shows the best of them (by the metric), and activating the cell loads that
 * row's parameters, so a click always picks an actual run.
 */
final class SweepGrid {

    private final HeatMapData data;
    private final SweepView.Row[][] best; // [row][column]

    private SweepGrid(HeatMapData data, SweepView.Row[][] best) {
        this.data = data;
        this.best = best;
    }

    static SweepGrid of(SweepView sweep, String x, String y, MetricColumn metric) {
        Objects.requireNonNull(metric, "metric");
        double[] xs = distinct(sweep.rows(), x);
        double[] ys = distinct(sweep.rows(), y);
        double[][] values = new double[ys.length][xs.length];
        SweepView.Row[][] best = new SweepView.Row[ys.length][xs.length];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        double sample = Double.NaN;
        for (SweepView.Row row : sweep.rows()) {
            int c = Arrays.binarySearch(xs, row.parameter(x));
            int r = Arrays.binarySearch(ys, row.parameter(y));
            double v = metric.value(row.metrics());
            if (c < 0 || r < 0) {
                continue;
            }
            if (best[r][c] == null || metric.better(v, values[r][c])) {
                best[r][c] = row;
                values[r][c] = v;
            }
            sample = Double.isNaN(sample) ? v : sample;
        }
        boolean several = sweep.parameters().size() > 2;
        String title = metric.title() + (several ? " (best over the other parameters)" : "");
        HeatMapData data = new HeatMapData(x, y, title, xs, ys, values,
                metric.higherIsBetter(Double.isNaN(sample) ? 0 : sample), metric::format);
        return new SweepGrid(data, best);
    }

    private static double[] distinct(List<SweepView.Row> rows, String name) {
        return rows.stream().mapToDouble(r -> r.parameter(name)).filter(v -> !Double.isNaN(v)).distinct().sorted()
                .toArray();
    }

    HeatMapData data() {
        return data;
    }

    /** The run behind a cell, or null for an empty cell. */
    SweepView.Row row(HeatCell cell) {
        return cell.row() < best.length && cell.column() < best[cell.row()].length
                ? best[cell.row()][cell.column()] : null;
    }
}
