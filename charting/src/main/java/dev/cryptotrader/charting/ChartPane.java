package dev.cryptotrader.charting;

import io.fair_acc.chartfx.XYChart;

/**
 * A pane of the chart column whose x axis is time in UTC epoch seconds: the price chart and every indicator subpane.
 * Cross-pane features (the synced crosshair, say) attach to each pane through its ChartFX chart.
 */
public interface ChartPane {

    /** The ChartFX chart inside, whose x axis is time in epoch seconds. */
    XYChart xyChart();
}
