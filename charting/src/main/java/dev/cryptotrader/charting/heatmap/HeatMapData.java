package dev.cryptotrader.charting.heatmap;

import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A metric over a grid of two parameters: {@code values[row][column]} is the metric at {@code xValues[column]} and
 * {@code yValues[row]} (row 0 is drawn at the bottom), NaN where there is no result. {@code higherIsBetter} decides
 * which end of the colour scale is good (green); {@code format} writes a value for labels and the legend.
 */
public record HeatMapData(String xName, String yName, String metricName, double[] xValues, double[] yValues,
                          double[][] values, boolean higherIsBetter, DoubleFunction<String> format) {

    public HeatMapData {
        Objects.requireNonNull(xName, "xName");
        Objects.requireNonNull(yName, "yName");
        Objects.requireNonNull(metricName, "metricName");
        Objects.requireNonNull(format, "format");
        if (values.length != yValues.length) {
            throw new IllegalArgumentException("heat map has " + yValues.length + " " + yName + " values but "
                    + values.length + " rows");
        }
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != xValues.length) {
                throw new IllegalArgumentException("heat map row " + r + " has " + values[r].length + " cells, "
                        + xName + " has " + xValues.length + " values");
            }
        }
    }

    public int columns() {
        return xValues.length;
    }

    public int rows() {
        return yValues.length;
    }

    public boolean isEmpty() {
        return xValues.length == 0 || yValues.length == 0;
    }

    public double value(int column, int row) {
        return values[row][column];
    }

    public HeatCell cell(int column, int row) {
        return new HeatCell(column, row, xValues[column], yValues[row], values[row][column]);
    }

    /** The lowest and highest non-NaN value; {@code {NaN, NaN}} when there is none. */
    public double[] range() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        return low <= high ? new double[]{low, high} : new double[]{Double.NaN, Double.NaN};
    }

    /** Writes a parameter value: whole numbers without decimals, others with up to four. */
    public static String parameterText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
