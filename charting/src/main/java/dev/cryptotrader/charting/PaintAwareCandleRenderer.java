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
 * segments and two strokes, not a million shapes. At one bar per pixel or fewer the stock renderer draws the bars.
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
        if (!(ds instanceof CandleDataSet candles) || !renderAggregated(gc, candles.columns(), styleNode)) {
            super.render(gc, ds, styleNode);
        }
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
