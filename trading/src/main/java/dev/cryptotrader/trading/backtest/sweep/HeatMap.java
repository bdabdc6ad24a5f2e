package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.metrics.MetricField;

/**
 * One metric over two swept parameters, for a heat-map. {@code cell(x, y)} is the best row with
 * {@code xName = xs[x]} and {@code yName = ys[y]}; when more than two parameters were swept it is the best over all
 * values of the others. A cell with no finished run is null and its {@link #value} NaN.
 */
public final class HeatMap {

    private final String xName;
    private final double[] xs;
    private final String yName;
    private final double[] ys;
    private final MetricField metric;
    private final SweepRow[][] cells;

    HeatMap(String xName, double[] xs, String yName, double[] ys, MetricField metric, SweepRow[][] cells) {
        this.xName = xName;
        this.xs = xs;
        this.yName = yName;
        this.ys = ys;
        this.metric = metric;
        this.cells = cells;
    }

    public String xName() {
        return xName;
    }

    public String yName() {
        return yName;
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    public MetricField metric() {
        return metric;
    }

    /** The best run in the cell, or null when none finished there. */
    public SweepRow cell(int x, int y) {
        return cells[y][x];
    }

    public double value(int x, int y) {
        SweepRow row = cells[y][x];
        return row == null ? Double.NaN : row.value(metric);
    }

    /** Smallest and largest defined value, for the colour scale; NaNs when no cell has one. */
    public double[] range() {
        double min = Double.NaN;
        double max = Double.NaN;
        for (int y = 0; y < ys.length; y++) {
            for (int x = 0; x < xs.length; x++) {
                double v = value(x, y);
                if (!Double.isNaN(v)) {
                    min = Double.isNaN(min) ? v : Math.min(min, v);
                    max = Double.isNaN(max) ? v : Math.max(max, v);
                }
            }
        }
        return new double[] {min, max};
    }
}
