package dev.cryptotrader.charting.heatmap;

/** One cell of a heat map: its grid position, the two parameter values there and the metric (NaN: no result). */
public record HeatCell(int column, int row, double x, double y, double value) {
}
