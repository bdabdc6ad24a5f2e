package dev.cryptotrader.charting;

import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Drag to pan, wheel to zoom. Translates pixels into bars and leaves the rest to {@link CandleChart}. */
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
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, nav::pressed);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, nav::dragged);
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
