package dev.cryptotrader.charting;

import io.fair_acc.dataset.events.ChartBits;
import io.fair_acc.dataset.spi.financial.OhlcvDataSet;
import javafx.application.Platform;

/**
 * An {@link OhlcvDataSet} over {@link OhlcvColumns}. X is the bar's open time in epoch seconds, as ChartFX time axes
 * expect. Values are read straight from the columns, so drawing a window of a million-bar series allocates nothing.
 * Other threads swap the columns under the dataset's write lock (the JavaFX thread needs none, see
 * {@link #setColumns}); the chart reads under the read lock and redraws once on the next pulse.
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

    @Override
    public int getDataCount() {
        return columns.size();
    }

    @Override
    public double get(int dimIndex, int index) {
        OhlcvColumns c = columns;
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
