package dev.cryptotrader.charting.overlay;

import io.fair_acc.chartfx.plugins.ChartPlugin;

/**
 * Puts an {@link OverlayLegend} in the top-left corner of a chart's plot area, below the candle chart's own legend
 * line, as a ChartFX plugin.
 */
public final class OverlayLegendPlugin extends ChartPlugin {

    /** Below the candle legend (12 px text with 6 px padding). */
    private static final double TOP = 28;
    private static final double LEFT = 10;

    private final OverlayLegend legend = new OverlayLegend();

    public OverlayLegendPlugin() {
        legend.relocate(LEFT, TOP); // the plugin area is a Group: it sizes the legend to its preferred size
        getChartChildren().add(legend);
    }

    public OverlayLegend legend() {
        return legend;
    }
}
