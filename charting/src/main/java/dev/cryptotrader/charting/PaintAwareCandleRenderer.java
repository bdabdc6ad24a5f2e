package dev.cryptotrader.charting;

import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import io.fair_acc.chartfx.renderer.spi.financial.FinancialDataSetNode;
import io.fair_acc.chartfx.ui.css.DataSetNode;
import io.fair_acc.dataset.DataSet;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * The stock candlestick renderer, with two additions: it counts how often it drew at least one bar, so the app can time
 * the first painted chart and tests can wait for a paint instead of sleeping; and when more bars are in view than the
 * plot has pixel columns for them, it draws a {@link PixelAggregation} instead of every bar: one candle per pixel
 * column (first open, highest high, lowest low, last close), as a vertical high-low line in the up or down colour. All
 * columns of one colour are a single path stroked once, so a zoomed-out million-bar chart costs a few thousand line
 * segments and two strokes, not a million shapes. At one bar per pixel or fewer it draws each candle as two filled
 * whole-pixel rectangles (wick and body), which the software pipeline paints on its fast path.
 */
final class PaintAwareCandleRenderer extends CandleStickRenderer {

    private final Runnable onPainted;
    private SolidGrid grid; // drawn first in each frame, when set
    private final PixelAggregation aggregation = new PixelAggregation();
    /** Pixel columns drawn aggregated in the last frame, 0 when the bars were drawn one by one. */
    private int aggregatedColumns;

    PaintAwareCandleRenderer(Runnable onPainted) {
        super(false);
        this.onPainted = onPainted;
        setComputeLocalRange(false); // the chart sets the price range itself, before drawing
    }

    /** Draws {@code grid} at the start of every frame, under the candles. */
    void drawGridFirst(SolidGrid grid) {
        this.grid = grid;
    }

    @Override
    public void render() {
        if (grid != null && getChart() != null) {
            grid.draw();
        }
        super.render();
        if (getDatasets().stream().anyMatch(ds -> ds.getDataCount() > 0)) {
            onPainted.run();
        }
    }

    @Override
    protected void render(GraphicsContext gc, DataSet ds, DataSetNode styleNode) {
        aggregatedColumns = 0;
        if (!(ds instanceof CandleDataSet candles) || !(styleNode instanceof FinancialDataSetNode style)) {
            super.render(gc, ds, styleNode);
        } else if (!renderAggregated(gc, candles.columns(), styleNode)) {
            renderBars(gc, candles.columns(), style);
        }
    }

    /**
     * One candle per bar, on whole pixels: a one-pixel wick from high to low and a body from open to close (at least
     * a pixel tall), both filled rectangles in the rising or falling colour. The stock renderer strokes a wick line and
     * a body outline per candle, which the software pipeline sends through its anti-aliasing scan converter: at 150
     * candles that made a frame take about 25 ms to paint, longer than a pulse, so a live chart kept the FX thread
     * waiting for the renderer.
     */
    private void renderBars(GraphicsContext gc, OhlcvColumns c, FinancialDataSetNode style) {
        int n = c.size();
        if (n == 0) {
            return;
        }
        int from = Math.max(0, c.indexAtOrAfter((long) Math.floor(xMin * 1000)) - 1);
        int to = Math.min(n - 1, c.indexAtOrAfter((long) Math.ceil(xMax * 1000) + 1));
        double perBar = n > 1 ? Math.abs(x(c.openTime()[n - 1]) - x(c.openTime()[n - 2])) : 8;
        for (int i = Math.max(1, from); i <= to && i < n; i++) {
            perBar = Math.min(perBar, Math.abs(x(c.openTime()[i]) - x(c.openTime()[i - 1])));
        }
        int body = Math.max(1, (int) Math.floor(perBar * style.getBarWidthPercent()));
        if (body % 2 == 0 && body > 2) {
            body--; // odd, so the wick sits in the body's middle column
        }
        Paint up = style.getCandleLongColor();
        Paint down = style.getCandleShortColor();
        Paint upWick = style.getCandleLongWickColor();
        Paint downWick = style.getCandleShortWickColor();
        for (int pass = 0; pass < 2; pass++) { // all rising candles, then all falling: two paint changes a frame
            boolean rising = pass == 0;
            for (int i = from; i <= to; i++) {
                if ((c.close()[i] > c.open()[i]) != rising) {
                    continue;
                }
                double centre = Math.floor(x(c.openTime()[i]));
                double high = Math.floor(y(c.high()[i]));
                double low = Math.floor(y(c.low()[i]));
                gc.setFill(rising ? upWick : downWick);
                gc.fillRect(centre, Math.min(high, low), 1, Math.abs(low - high) + 1);
                double open = Math.floor(y(c.open()[i]));
                double close = Math.floor(y(c.close()[i]));
                gc.setFill(rising ? up : down);
                gc.fillRect(centre - (body - 1) / 2, Math.min(open, close), body, Math.abs(close - open) + 1);
            }
        }
    }

    private double x(long openTimeMillis) {
        return xAxis.getDisplayPosition(openTimeMillis / 1000.0);
    }

    private double y(double price) {
        return yAxis.getDisplayPosition(price);
    }

    /** Draws the visible bars one candle per pixel column; false (drawing nothing) if there are too few for that. */
    private boolean renderAggregated(GraphicsContext gc, OhlcvColumns c, DataSetNode styleNode) {
        if (c.isEmpty() || !(styleNode instanceof FinancialDataSetNode style)) {
            return false;
        }
        int from = c.indexAtOrAfter((long) Math.ceil(xMin * 1000));
        int to = c.indexAtOrAfter((long) Math.floor(xMax * 1000) + 1) - 1;
        if (to < from) {
            return false;
        }
        double xFrom = xAxis.getDisplayPosition(c.openTime()[from] / 1000.0);
        double xTo = xAxis.getDisplayPosition(c.openTime()[to] / 1000.0);
        if (!Double.isFinite(xFrom) || !Double.isFinite(xTo)) {
            return false;
        }
        int firstColumn = (int) Math.floor(Math.min(xFrom, xTo));
        int columns = (int) Math.floor(Math.max(xFrom, xTo)) - firstColumn + 1;
        if (to - from + 1 <= columns) {
            return false; // at most one bar per pixel: nothing to merge
        }
        aggregation.compute(c, from, to, columns);
        int w = aggregation.size();

        gc.save();
        gc.setLineWidth(1);
        gc.setLineDashes((double[]) null);
        strokeColumns(gc, style.getCandleLongWickColor(), firstColumn, w, true);
        strokeColumns(gc, style.getCandleShortWickColor(), firstColumn, w, false);
        gc.restore();
        aggregatedColumns = w;
        return true;
    }

    /**
     * All rising (or all other) columns: a high-low bar per column, at least a pixel tall, as a filled one-pixel-wide
     * rectangle on whole pixels. The open-close body of a one-pixel column lies within it, so the bar is the whole
     * candle. Whole-pixel rectangles take the software rasteriser's fast path; the same bars as a stroked path go
     * through its anti-aliasing scan converter at several times the cost. Rising means close above open, as in the
     * stock renderer.
     */
    private void strokeColumns(GraphicsContext gc, Paint colour, int firstColumn, int w, boolean rising) {
        gc.setFill(colour);
        for (int b = 0; b < w; b++) {
            if ((aggregation.close(b) > aggregation.open(b)) != rising) {
                continue;
            }
            double yHigh = Math.floor(yAxis.getDisplayPosition(aggregation.high(b)));
            double yLow = Math.floor(yAxis.getDisplayPosition(aggregation.low(b)));
            double top = Math.min(yHigh, yLow); // the top of the high's pixel row
            gc.fillRect(firstColumn + b, top, 1, Math.max(yHigh, yLow) + 1 - top); // to the bottom of the low's
        }
    }

    /** Pixel columns the last frame drew as aggregated candles; 0 if it drew the bars one by one (tests). */
    int aggregatedColumns() {
        return aggregatedColumns;
    }

    /** The buckets the last aggregated frame drew (tests); only meaningful when {@link #aggregatedColumns} > 0. */
    PixelAggregation aggregation() {
        return aggregation;
    }
}
