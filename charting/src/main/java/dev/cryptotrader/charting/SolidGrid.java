package dev.cryptotrader.charting;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.renderer.spi.GridRenderer;
import io.fair_acc.chartfx.ui.css.LineStyle;
import javafx.scene.canvas.GraphicsContext;

/**
 * The major grid lines of a chart, drawn as plain solid lines, in place of ChartFX's own grid. ChartFX 11.3 strokes
 * every grid line through {@code DashPatternStyle}, whose cache of hatch images is a {@code WeakHashMap} keyed by
 * freshly boxed {@code Integer}s: any garbage collection may empty it, and the next frame then renders a new hatch
 * with a synchronous {@code Node.snapshot} on the JavaFX thread (a 30-100 ms stall in software rendering, seen at
 * random moments of a live chart). This renderer reads the stroke the stylesheet gives ChartFX's grid-line style
 * nodes, hides those nodes so ChartFX draws nothing, and draws the same lines itself.
 */
public final class SolidGrid {

    private final XYChart chart;
    private final GridRenderer grid;

    private SolidGrid(XYChart chart) {
        this.chart = chart;
        this.grid = chart.getGridRenderer();
    }

    /**
     * Hides {@code chart}'s own grid; the returned grid draws it instead when the chart's first renderer calls
     * {@link #draw()} at the start of its frame (so candles and overlays draw over it).
     */
    public static SolidGrid replace(XYChart chart) {
        SolidGrid solid = new SolidGrid(chart);
        GridRenderer grid = solid.grid;
        for (LineStyle style : new LineStyle[]{grid.getHorizontalMajorGrid(), grid.getVerticalMajorGrid(),
                grid.getHorizontalMinorGrid(), grid.getVerticalMinorGrid()}) {
            style.setVisible(false);
        }
        return solid;
    }

    /** Strokes the major grid lines at the axes' current tick marks. */
    public void draw() {
        var canvas = chart.getCanvas();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.save();
        gc.setLineDashes((double[]) null);
        stroke(gc, grid.getVerticalMajorGrid(), chart.getXAxis(), width, height, true);
        stroke(gc, grid.getHorizontalMajorGrid(), chart.getYAxis(), width, height, false);
        gc.restore();
    }

    /** One line per major tick inside the plot, half a pixel off so a one-pixel line stays crisp. */
    private static void stroke(GraphicsContext gc, LineStyle style, Axis axis, double width, double height,
                               boolean vertical) {
        gc.setStroke(style.getStroke());
        gc.setLineWidth(Math.max(1, style.getStrokeWidth()));
        gc.beginPath();
        for (TickMark tick : axis.getTickMarks()) {
            double at = Math.floor(axis.getDisplayPosition(tick.getValue())) + 0.5;
            if (at <= 0 || at >= (vertical ? width : height)) {
                continue;
            }
            if (vertical) {
                gc.moveTo(at, 0);
                gc.lineTo(at, height);
            } else {
                gc.moveTo(0, at);
                gc.lineTo(width, at);
            }
        }
        gc.stroke();
    }
}
