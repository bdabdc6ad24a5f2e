package dev.cryptotrader.charting;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Drag to pan, wheel to zoom. Translates pixels into bars and leaves the rest to {@link CandleChart}. The press and
 * drag handlers sit on ChartFX's plot canvas itself: ChartFX consumes mouse presses and drags on their way up from
 * the canvas, so a handler on the chart never hears of them. A plugin that handles a press on its own node (a
 * projection handle) or in a filter on the chart (a drawing being moved) consumes it first, and the chart does not pan.
 */
final class MouseNavigation {

    private static final double WHEEL_ZOOM = 1.15;

    private final CandleChart chart;
    private double pressX;
    private int pannedBars;

    private MouseNavigation(CandleChart chart) {
        this.chart = chart;
    }

    static void install(CandleChart chart) {
        MouseNavigation nav = new MouseNavigation(chart);
        Node plot = chart.xyChart().getCanvas();
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, nav::pressed);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, nav::dragged);
        chart.addEventHandler(ScrollEvent.SCROLL, nav::scrolled);
    }

    private void pressed(MouseEvent e) {
        chart.requestFocus();
        pressX = e.getX();
        pannedBars = 0;
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        double barWidth = chart.plotWidth() / Math.max(1, chart.visibleRange().slots());
        int bars = (int) Math.round((pressX - e.getX()) / Math.max(barWidth, 1e-3));
        if (bars != pannedBars) {
            chart.pan(bars - pannedBars);
            pannedBars = bars;
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            chart.zoom(e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
            e.consume();
        }
    }
}
