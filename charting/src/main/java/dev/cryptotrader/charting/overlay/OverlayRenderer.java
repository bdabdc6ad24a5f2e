package dev.cryptotrader.charting.overlay;

import dev.cryptotrader.charting.SolidGrid;

import io.fair_acc.chartfx.renderer.spi.AbstractRendererXY;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.Objects;

/**
 * Draws {@link OverlayContent} (indicator lines, a band fill, a histogram, guide levels) on a ChartFX chart whose x
 * axis is time in epoch seconds: added to the price chart's renderers it overlays moving averages on the candles, and
 * each {@link IndicatorSubpane} has one. With at most one bar per pixel column it draws each bar's point; with more it
 * draws per pixel column the first, lowest, highest and last value ({@link ColumnSampler}), bucketed exactly as the
 * candles are, so a million bars cost a few thousand segments per line, and the switch happens at the same zoom as the
 * candles'. It owns no datasets: {@link #setContent} swaps the values (on the FX thread) and asks for one redraw.
 */
public final class OverlayRenderer extends AbstractRendererXY<OverlayRenderer> {

    private static final double LINE_WIDTH = 1.5;
    private static final double BAND_OPACITY = 0.07;
    private static final double HISTOGRAM_OPACITY = 0.75;

    private final OverlayPalette palette = new OverlayPalette();
    private final ColumnSampler sampler = new ColumnSampler();
    private final ColumnSampler lowerSampler = new ColumnSampler();
    private OverlayContent content = OverlayContent.EMPTY;
    private SolidGrid grid; // drawn first in each frame when this is a pane's first renderer
    private int frameColumns;
    private int framePoints;

    public OverlayRenderer() {
        getChildren().addAll(palette.nodes());
        setShowInLegend(false);
    }

    /** Replaces what is drawn; call on the FX thread. The chart redraws once on the next pulse. */
    public void setContent(OverlayContent newContent) {
        content = Objects.requireNonNull(newContent, "content");
        invalidateCanvas();
    }

    public OverlayContent content() {
        return content;
    }

    /** Pixel columns the last frame drew merged (0 when it drew bar by bar): tests check the decimation. */
    public int lastFrameColumns() {
        return frameColumns;
    }

    /** Path points of the lines in the last frame: stays near the pixel width however many bars are in view. */
    public int lastFramePoints() {
        return framePoints;
    }

    @Override
    protected OverlayRenderer getThis() {
        return this;
    }

    @Override
    protected void render(GraphicsContext gc, DataSet dataSet, DataSetNode style) {
        // no datasets: everything is drawn in render()
    }

    /** Draws {@code grid} at the start of every frame, under the lines (for a subpane, where this draws first). */
    public void drawGridFirst(SolidGrid grid) {
        this.grid = grid;
    }

    @Override
    public void render() {
        if (grid != null && getChart() != null) {
            grid.draw();
        }
        frameColumns = 0;
        framePoints = 0;
        OverlayContent c = content;
        if (getChart() == null || xAxis == null || yAxis == null) {
            return;
        }
        GraphicsContext gc = getChart().getCanvas().getGraphicsContext2D();
        gc.save();
        gc.setLineDashes((double[]) null);
        drawLevels(gc, c);
        if (!c.isEmpty()) {
            updateCachedVariables();
            View view = view(c);
            if (view != null) {
                for (OverlayContent.Band band : c.bands()) {
                    drawBand(gc, view, band);
                }
                if (c.histogram() != null) {
                    drawHistogram(gc, view, c.histogram().values());
                }
                gc.setLineWidth(LINE_WIDTH);
                for (OverlayContent.Line line : c.lines()) {
                    gc.setStroke(palette.colour(line.colour()));
                    drawLine(gc, view, line.values());
                }
            }
        }
        gc.restore();
    }

    /**
     * The bars to draw: {@code from..to} in view, {@code lo..hi} one more on each side so lines run to the edges; and,
     * when merged, the first pixel column and how many there are.
     */
    private record View(long[] time, int from, int to, int lo, int hi, boolean merged, int firstColumn,
                        int columns) {
    }

    private View view(OverlayContent c) {
        long[] t = c.openTime();
        int n = c.size();
        int from = indexAtOrAfter(t, n, (long) Math.ceil(xMin * 1000));
        int to = indexAtOrAfter(t, n, (long) Math.floor(xMax * 1000) + 1) - 1;
        int lo = Math.max(0, Math.min(from, n) - 1);
        int hi = Math.min(n - 1, to + 1);
        if (hi < lo) {
            return null;
        }
        if (to <= from) {
            return new View(t, from, to, lo, hi, false, 0, 0);
        }
        double xFrom = x(t[from]);
        double xTo = x(t[to]);
        if (!Double.isFinite(xFrom) || !Double.isFinite(xTo)) {
            return null;
        }
        int firstColumn = (int) Math.floor(Math.min(xFrom, xTo));
        int columns = (int) Math.floor(Math.max(xFrom, xTo)) - firstColumn + 1;
        return new View(t, from, to, lo, hi, to - from + 1 > columns, firstColumn, columns);
    }

    private void drawLine(GraphicsContext gc, View v, double[] values) {
        gc.beginPath();
        boolean pen = false;
        if (v.merged()) {
            // One pixel-wide bar per column, from the column's lowest to its highest value, stretched to the previous
            // column's last value so the line stays connected: at this scale it looks like the line. Filled
            // rectangles on whole pixels take the software rasteriser's fast path; a stroked path of the same
            // segments (or a zigzag through first/min/max/last) goes through its anti-aliasing scan converter, and
            // made a zoomed-out frame with five indicators take over 100 ms.
            gc.setFill(gc.getStroke());
            sampler.sample(values, v.from(), v.to(), v.columns());
            double previousLast = Double.NaN;
            for (int b = 0; b < sampler.size(); b++) {
                if (Double.isNaN(sampler.first(b))) {
                    previousLast = Double.NaN;
                    continue;
                }
                double top = Math.min(y(sampler.max(b)), y(sampler.min(b)));
                double bottom = Math.max(y(sampler.max(b)), y(sampler.min(b)));
                if (!Double.isNaN(previousLast)) {
                    top = Math.min(top, previousLast);
                    bottom = Math.max(bottom, previousLast);
                }
                double from = Math.floor(top);
                gc.fillRect(v.firstColumn() + b, from, 1, Math.floor(bottom) + 1 - from);
                previousLast = y(sampler.last(b));
                framePoints += 2;
            }
            frameColumns = Math.max(frameColumns, sampler.size());
        } else {
            for (int i = v.lo(); i <= v.hi(); i++) {
                double value = values[i];
                if (Double.isNaN(value)) {
                    pen = false;
                    continue;
                }
                double x = x(v.time()[i]);
                if (pen) {
                    gc.lineTo(x, y(value));
                } else {
                    gc.moveTo(x, y(value));
                }
                framePoints++;
                pen = true;
            }
        }
        gc.stroke();
    }

    private void drawBand(GraphicsContext gc, View v, OverlayContent.Band band) {
        Color c = palette.colour(band.colour());
        gc.setFill(new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_OPACITY));
        if (v.merged()) {
            sampler.sample(band.upper(), v.from(), v.to(), v.columns());
            lowerSampler.sample(band.lower(), v.from(), v.to(), v.columns());
            for (int b = 0; b < sampler.size(); b++) {
                double top = y(sampler.max(b));
                double bottom = y(lowerSampler.min(b));
                if (Double.isFinite(top) && Double.isFinite(bottom)) {
                    gc.fillRect(v.firstColumn() + b, Math.min(top, bottom), 1, Math.abs(bottom - top));
                }
            }
            return;
        }
        int i = v.lo();
        while (i <= v.hi()) {
            while (i <= v.hi() && (Double.isNaN(band.upper()[i]) || Double.isNaN(band.lower()[i]))) {
                i++;
            }
            int start = i;
            while (i <= v.hi() && !Double.isNaN(band.upper()[i]) && !Double.isNaN(band.lower()[i])) {
                i++;
            }
            if (i - start >= 2) {
                gc.beginPath();
                gc.moveTo(x(v.time()[start]), y(band.upper()[start]));
                for (int j = start + 1; j < i; j++) {
                    gc.lineTo(x(v.time()[j]), y(band.upper()[j]));
                }
                for (int j = i - 1; j >= start; j--) {
                    gc.lineTo(x(v.time()[j]), y(band.lower()[j]));
                }
                gc.closePath();
                gc.fill();
            }
        }
    }

    private void drawHistogram(GraphicsContext gc, View v, double[] values) {
        Color up = withOpacity(palette.rising());
        Color down = withOpacity(palette.falling());
        double zero = y(0);
        if (v.merged()) {
            sampler.sample(values, v.from(), v.to(), v.columns());
            for (int b = 0; b < sampler.size(); b++) {
                double column = v.firstColumn() + b;
                if (sampler.max(b) > 0) {
                    gc.setFill(up);
                    double top = y(sampler.max(b));
                    gc.fillRect(column, top, 1, Math.max(1, zero - top));
                }
                if (sampler.min(b) < 0) {
                    gc.setFill(down);
                    gc.fillRect(column, zero, 1, Math.max(1, y(sampler.min(b)) - zero));
                }
            }
            return;
        }
        double perBar = v.hi() > v.lo() ? Math.abs(x(v.time()[v.hi()]) - x(v.time()[v.lo()])) / (v.hi() - v.lo()) : 8;
        double width = Math.max(1, perBar * 0.6);
        for (int i = v.lo(); i <= v.hi(); i++) {
            double value = values[i];
            if (Double.isNaN(value)) {
                continue;
            }
            double y = y(value);
            gc.setFill(value >= 0 ? up : down);
            gc.fillRect(x(v.time()[i]) - width / 2, Math.min(y, zero), width, Math.max(1, Math.abs(y - zero)));
        }
    }

    private void drawLevels(GraphicsContext gc, OverlayContent c) {
        if (c.levels().isEmpty() || yAxis == null) {
            return;
        }
        double width = getChart().getCanvas().getWidth();
        gc.setStroke(palette.level());
        gc.setLineWidth(1);
        gc.setLineDashes(4, 4);
        for (double level : c.levels()) {
            double y = Math.floor(y(level)) + 0.5;
            gc.strokeLine(0, y, width, y);
        }
        gc.setLineDashes((double[]) null);
    }

    private static Color withOpacity(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), HISTOGRAM_OPACITY);
    }

    private double x(long openTimeMillis) {
        return xAxis.getDisplayPosition(openTimeMillis / 1000.0);
    }

    private double y(double value) {
        return yAxis.getDisplayPosition(value);
    }

    /** The first of the first {@code n} times at or after {@code millis} ({@code n} if none). */
    static int indexAtOrAfter(long[] times, int n, long millis) {
        int low = 0;
        int high = n;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (times[mid] < millis) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
