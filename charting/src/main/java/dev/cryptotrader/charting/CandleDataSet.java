package dev.cryptotrader.charting;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.DataRange;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import javafx.application.Platform;

/**
 * An {@link OhlcvDataSet} over {@link OhlcvColumns}. X is the bar's open time in epoch seconds, as ChartFX time axes
 * expect. Values are read straight from the columns, so drawing a window of a million-bar series allocates nothing.
 * Other threads swap the columns under the dataset's write lock (the JavaFX thread needs none, see
 * {@link #setColumns}); the chart reads under the read lock and redraws once on the next pulse.
 *
 * <p>The value range of each dimension (which ChartFX asks for after every change) is kept incrementally: a live update
 * only appends bars or changes the newest one in place (see {@link OhlcvBuffer}), so the bars before the newest are
 * scanned once, and each update costs a look at the bars it added. Only new arrays (another series, a reload) are
 * scanned in full. A million-bar series would otherwise be scanned in all seven dimensions on every frame.
 */
final class CandleDataSet extends OhlcvDataSet {

    private static final int DIMENSIONS = 7;

    private volatile OhlcvColumns columns = OhlcvColumns.empty();
    /**
     * Per dimension: the range of bars {@code [0, settledBars[dim])} of {@link #settledArrays}, bars that can no
     * longer change. Each dimension is recomputed by one thread at a time (ChartFX runs the dimensions in parallel).
     */
    private final DataRange[] settled = new DataRange[DIMENSIONS];
    private final int[] settledBars = new int[DIMENSIONS];
    private final long[][] settledArrays = new long[DIMENSIONS][];

    CandleDataSet(String title) {
        super(title);
        super.setData(new ColumnsOhlcv(columns));
        for (int dim = 0; dim < DIMENSIONS; dim++) {
            settled[dim] = new DataRange();
        }
    }

    /**
     * Replaces the bars; safe from any thread. On the JavaFX thread it takes no lock, and must not: a chart read-locks
     * its datasets when it lays out and unlocks them at the end of the pulse, so after a layout outside a pulse
     * ({@code Stage.show}, {@code Scene.snapshot}) they stay locked until the next one, which this thread would never
     * reach while waiting for the write lock. Nothing else reads the dataset meanwhile: the chart reads it on this
     * same thread.
     */
    void setColumns(OhlcvColumns newColumns) {
        Runnable swap = () -> {
            columns = newColumns;
            super.setData(new ColumnsOhlcv(newColumns));
            getAxisDescriptions().forEach(axis -> axis.clear());
        };
        if (Platform.isFxApplicationThread()) {
            swap.run();
        } else {
            lock().writeLockGuard(swap);
        }
        fireInvalidated(ChartBits.DataSetData);
    }

    OhlcvColumns columns() {
        return columns;
    }

    /**
     * The range of dimension {@code dimIndex} over all bars: the settled bars' range, extended by the bars added
     * since (all but the newest become settled), plus the newest bar as it is now. Without live updates in between,
     * new arrays are scanned once.
     */
    @Override
    public DataSet recomputeLimits(int dimIndex) {
        OhlcvColumns c = columns;
        int n = c.size();
        DataRange range = settled[dimIndex];
        if (settledArrays[dimIndex] != c.openTime() || settledBars[dimIndex] > Math.max(0, n - 1)) {
            range.clear(); // other arrays (or fewer bars): start again
            settledBars[dimIndex] = 0;
            settledArrays[dimIndex] = c.openTime();
        }
        for (int i = settledBars[dimIndex]; i < n - 1; i++) {
            range.add(value(c, dimIndex, i));
        }
        settledBars[dimIndex] = Math.max(settledBars[dimIndex], n - 1);
        DataRange all = new DataRange(range);
        if (n > 0) {
            all.add(value(c, dimIndex, n - 1));
        }
        getAxisDescription(dimIndex).set(all.getMin(), all.getMax());
        return this;
    }

    @Override
    public int getDataCount() {
        return columns.size();
    }

    @Override
    public double get(int dimIndex, int index) {
        return value(columns, dimIndex, index);
    }

    private static double value(OhlcvColumns c, int dimIndex, int index) {
        return switch (dimIndex) {
            case DIM_X -> c.openTime()[index] / 1000.0;
            case DIM_Y_OPEN -> c.open()[index];
            case DIM_Y_HIGH -> c.high()[index];
            case DIM_Y_LOW -> c.low()[index];
            case DIM_Y_CLOSE -> c.close()[index];
            case DIM_Y_VOLUME -> c.volume()[index];
            case DIM_Y_OI -> 0;
            default -> throw new IllegalArgumentException("dimension " + dimIndex + " is not an OHLCV dimension");
        };
    }
}
