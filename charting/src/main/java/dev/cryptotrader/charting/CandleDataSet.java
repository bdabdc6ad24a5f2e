package dev.cryptotrader.charting;

import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import javafx.application.Platform;

/**
 * An {@link OhlcvDataSet} over {@link OhlcvColumns}. X is the bar's open time in epoch seconds, as ChartFX time axes
 * expect. Values are read straight from the columns, so drawing a window of a million-bar series allocates nothing.
 * Other threads swap the columns under the dataset's write lock (the JavaFX thread needs none, see
 * {@link #setColumns}); the chart reads under the read lock and redraws once on the next pulse.
 *
 * <p>The value range of each dimension (which ChartFX asks for after every change) comes from the columns' running
 * {@link ColumnSummary}: a live update only appends bars or changes the newest one in place (see {@link OhlcvBuffer}),
 * so each update costs a look at the bars it added, and new arrays (another series, a reload) arrive summarised by
 * their loader off the JavaFX thread. A million-bar series would otherwise be scanned in all seven dimensions on the
 * JavaFX thread after every reload, a 10-30 ms stall.
 */
final class CandleDataSet extends OhlcvDataSet {

    private volatile OhlcvColumns columns = OhlcvColumns.empty();

    CandleDataSet(String title) {
        super(title);
        super.setData(new ColumnsOhlcv(columns));
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
     * The range of dimension {@code dimIndex} over all bars. Times are sorted, so their range is the first and last;
     * prices and volume come from the columns' running summary, which a load filled off the JavaFX thread and live
     * updates only extend by their new bars, so a new million-bar dataset costs no scan here.
     */
    @Override
    public DataSet recomputeLimits(int dimIndex) {
        OhlcvColumns c = columns;
        int n = c.size();
        if (n == 0) {
            getAxisDescription(dimIndex).clear();
            return this;
        }
        switch (dimIndex) {
            case DIM_X -> getAxisDescription(dimIndex).set(c.openTime()[0] / 1000.0, c.openTime()[n - 1] / 1000.0);
            case DIM_Y_OI -> getAxisDescription(dimIndex).set(0, 0);
            default -> {
                int column = summaryColumn(dimIndex);
                getAxisDescription(dimIndex).set(c.min(column), c.max(column));
            }
        }
        return this;
    }

    private static int summaryColumn(int dimIndex) {
        return switch (dimIndex) {
            case DIM_Y_OPEN -> ColumnSummary.OPEN;
            case DIM_Y_HIGH -> ColumnSummary.HIGH;
            case DIM_Y_LOW -> ColumnSummary.LOW;
            case DIM_Y_CLOSE -> ColumnSummary.CLOSE;
            case DIM_Y_VOLUME -> ColumnSummary.VOLUME;
            default -> throw new IllegalArgumentException("dimension " + dimIndex + " is not an OHLCV dimension");
        };
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
