package dev.cryptotrader.charting;

import io.fair_acc.chartfx.XYChart;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** A plugin's canvas laid over a chart's plot area, kept at the plot's size. */
public final class PlotOverlay {

    private PlotOverlay() {
    }

    /**
     * Sizes {@code overlay} to {@code chart}'s plot and clears it for a new paint; returns null, touching nothing,
     * when it was blank, stays blank and kept its size: even a clear makes the software renderer composite the layer
     * into every frame.
     */
    public static GraphicsContext clearForPaint(Canvas overlay, XYChart chart, boolean wasBlank, boolean staysBlank) {
        Canvas plot = chart.getCanvas();
        double w = plot.getWidth();
        double h = plot.getHeight();
        boolean resized = overlay.getWidth() != w || overlay.getHeight() != h;
        if (wasBlank && staysBlank && !resized) {
            return null;
        }
        overlay.setWidth(w);
        overlay.setHeight(h);
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        return g;
    }
}
