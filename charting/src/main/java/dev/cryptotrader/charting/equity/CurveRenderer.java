package dev.cryptotrader.charting.equity;

import dev.cryptotrader.charting.SolidGrid;
import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Objects;

/**
 * Draws {@link EquityCurve}s on a chart whose x axis is epoch seconds, curve {@code i} in palette colour {@code i}. As
 * an area renderer it also fills between each curve and zero (drawdown). With more points in view than pixel columns
 * it draws each column as one whole-pixel rectangle from its lowest to its highest value (joined to the previous
 * column), as the candle chart does, so a million points cost a few thousand rectangles.
 */
final class CurveRenderer extends AbstractRendererXY<CurveRenderer> {

    private static final double LINE_WIDTH = 1.5;
    private static final double AREA_OPACITY = 0.22;

    private final CurvePalette palette = new CurvePalette();
    private final boolean area;
    private List<EquityCurve> curves = List.of();
    private SolidGrid grid;
    private int framePoints;

    CurveRenderer(boolean area) {
        this.area = area;
        getChildren().addAll(palette.nodes());
        setShowInLegend(false);
    }

    void setCurves(List<EquityCurve> newCurves) {
        curves = List.copyOf(Objects.requireNonNull(newCurves, "curves"));
        invalidateCanvas();
    }

    List<EquityCurve> curves() {
        return curves;
    }

    Color colour(int i) {
        return palette.colour(i);
    }

    void drawGridFirst(SolidGrid solidGrid) {
        this.grid = solidGrid;
    }

    /** Points (or merged columns) drawn in the last frame, for tests. */
    int lastFramePoints() {
        return framePoints;
    }

    @Override
    protected CurveRenderer getThis() {
        return this;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        // no datasets: everything is drawn in render()
    }

    @Override
    public void render() {
        if (getChart() == null) {
            return;
        }
        if (grid != null) {
            grid.draw();
        }
        framePoints = 0;
        if (xAxis == null || yAxis == null) {
            return;
        }
        updateCachedVariables();
        GraphicsContext gc = getChart().getCanvas().getGraphicsContext2D();
        gc.save();
        gc.setLineDashes((double[]) null);
        double width = getChart().getCanvas().getWidth();
        for (int c = 0; c < curves.size(); c++) {
            EquityCurve curve = curves.get(c);
            int from = Math.max(0, curve.indexAtOrBefore((long) Math.floor(xMin * 1000)));
            int to = Math.min(curve.size() - 1, curve.indexAtOrBefore((long) Math.ceil(xMax * 1000)) + 1);
            if (to < from) {
                continue;
            }
            Color colour = palette.colour(c);
            if (to - from + 1 > width) {
                drawMerged(gc, curve, from, to, colour);
            } else {
                drawPath(gc, curve, from, to, colour);
            }
        }
        gc.restore();
    }

    /** Few points: a stroked path (and a filled polygon down to zero for an area). */
    private void drawPath(GraphicsContext gc, EquityCurve curve, int from, int to, Color colour) {
        long[] t = curve.timeMillis();
        double[] v = curve.values();
        if (area) {
            double zero = y(0);
            gc.setFill(translucent(colour));
            gc.beginPath();
            gc.moveTo(x(t[from]), zero);
            for (int i = from; i <= to; i++) {
                gc.lineTo(x(t[i]), Double.isNaN(v[i]) ? zero : y(v[i]));
            }
            gc.lineTo(x(t[to]), zero);
            gc.closePath();
            gc.fill();
        }
        gc.setStroke(colour);
        gc.setLineWidth(LINE_WIDTH);
        gc.beginPath();
        boolean pen = false;
        for (int i = from; i <= to; i++) {
            if (Double.isNaN(v[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                gc.lineTo(x(t[i]), y(v[i]));
            } else {
                gc.moveTo(x(t[i]), y(v[i]));
                pen = true;
            }
            framePoints++;
        }
        gc.stroke();
    }

    /** Many points: one rectangle per pixel column from its lowest to its highest value. */
    private void drawMerged(GraphicsContext gc, EquityCurve curve, int from, int to, Color colour) {
        long[] t = curve.timeMillis();
        double[] v = curve.values();
        double zero = y(0);
        Color fill = translucent(colour);
        int column = Integer.MIN_VALUE;
        double top = Double.NaN;
        double bottom = Double.NaN;
        double previousLast = Double.NaN;
        double last = Double.NaN;
        for (int i = from; i <= to + 1; i++) {
            int col = i <= to ? (int) Math.floor(x(t[i])) : Integer.MAX_VALUE;
            if (col != column && column != Integer.MIN_VALUE && !Double.isNaN(top)) {
                if (!Double.isNaN(previousLast)) {
                    top = Math.min(top, previousLast);
                    bottom = Math.max(bottom, previousLast);
                }
                if (area) {
                    gc.setFill(fill);
                    double deepest = Math.max(bottom, zero);
                    double shallow = Math.min(top, zero);
                    gc.fillRect(column, Math.floor(shallow), 1, Math.floor(deepest) - Math.floor(shallow) + 1);
                }
                gc.setFill(colour);
                gc.fillRect(column, Math.floor(top), 1, Math.floor(bottom) - Math.floor(top) + 1);
                framePoints++;
                previousLast = last;
                top = Double.NaN;
                bottom = Double.NaN;
            }
            if (i > to) {
                break;
            }
            column = col;
            if (Double.isNaN(v[i])) {
                continue;
            }
            double y = y(v[i]);
            top = Double.isNaN(top) ? y : Math.min(top, y);
            bottom = Double.isNaN(bottom) ? y : Math.max(bottom, y);
            last = y;
        }
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), AREA_OPACITY);
    }

    private double x(long millis) {
        return xAxis.getDisplayPosition(millis / 1000.0);
    }

    private double y(double value) {
        return yAxis.getDisplayPosition(value);
    }
}
