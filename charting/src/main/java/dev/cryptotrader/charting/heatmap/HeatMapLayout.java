package dev.cryptotrader.charting.heatmap;

/**
 * Where things go in a heat map of {@code columns × rows} cells in {@code width × height} pixels: a readout line
 * on top, y labels on the left, x labels and the x name below, the colour legend on the right, the cells in between.
 * Row 0 is the bottom row, so y grows upwards as on any chart.
 */
record HeatMapLayout(double width, double height, int columns, int rows, double left, double top, double right,
                     double bottom) {

    static final double TOP = 26;
    static final double LEFT = 74;
    static final double BOTTOM = 44;
    static final double RIGHT = 92;

    static HeatMapLayout of(double width, double height, int columns, int rows) {
        return new HeatMapLayout(width, height, columns, rows, LEFT, TOP, Math.max(LEFT + 1, width - RIGHT),
                Math.max(TOP + 1, height - BOTTOM));
    }

    double cellWidth() {
        return columns == 0 ? 0 : (right - left) / columns;
    }

    double cellHeight() {
        return rows == 0 ? 0 : (bottom - top) / rows;
    }

    double cellX(int column) {
        return left + column * cellWidth();
    }

    /** Top edge of row {@code row} (row 0 is the bottom one). */
    double cellY(int row) {
        return bottom - (row + 1) * cellHeight();
    }

    /** The {column, row} under pixel (x, y), or null outside the cells. */
    int[] cellAt(double x, double y) {
        if (columns == 0 || rows == 0 || x < left || x >= right || y < top || y >= bottom) {
            return null;
        }
        int column = Math.min(columns - 1, (int) ((x - left) / cellWidth()));
        int row = Math.min(rows - 1, (int) ((bottom - y) / cellHeight()));
        return new int[]{column, row};
    }

    /** Every how many cells a label fits, given the room one label needs along that axis. */
    static int labelStep(double cellSize, double labelSize) {
        return cellSize <= 0 ? 1 : Math.max(1, (int) Math.ceil(labelSize / cellSize));
    }
}
