package dev.cryptotrader.charting;

import io.fair_acc.dataset.spi.financial.api.attrs.AttributeModel;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcv;
import io.fair_acc.dataset.spi.financial.api.ohlcv.IOhlcvItem;

import java.util.Date;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * ChartFX's OHLCV view of {@link OhlcvColumns}. Items are small throw-away views made on request; the hot paths
 * (rendering, ranges) read the columns directly through {@link CandleDataSet}.
 */
final class ColumnsOhlcv implements IOhlcv {

    private final OhlcvColumns columns;
    private AttributeModel addon;

    ColumnsOhlcv(OhlcvColumns columns) {
        this.columns = columns;
    }

    OhlcvColumns columns() {
        return columns;
    }

    @Override
    public IOhlcvItem getOhlcvItem(int index) {
        return new Item(columns, index);
    }

    @Override
    public int size() {
        return columns.size();
    }

    @Override
    public AttributeModel getAddon() {
        return addon;
    }

    @Override
    public synchronized AttributeModel getAddonOrCreate() {
        if (addon == null) {
            addon = new AttributeModel();
        }
        return addon;
    }

    @Override
    public Iterator<IOhlcvItem> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < columns.size();
            }

            @Override
            public IOhlcvItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Item(columns, next++);
            }
        };
    }

    /** One bar of the columns. Open interest is not tracked for spot pairs, so it reads as 0. */
    private record Item(OhlcvColumns c, int i) implements IOhlcvItem {

        @Override
        public Date getTimeStamp() {
            return new Date(c.openTime()[i]);
        }

        @Override
        public double getOpen() {
            return c.open()[i];
        }

        @Override
        public double getHigh() {
            return c.high()[i];
        }

        @Override
        public double getLow() {
            return c.low()[i];
        }

        @Override
        public double getClose() {
            return c.close()[i];
        }

        @Override
        public double getVolume() {
            return c.volume()[i];
        }

        @Override
        public double getOpenInterest() {
            return 0;
        }

        @Override
        public AttributeModel getAddon() {
            return null;
        }

        @Override
        public AttributeModel getAddonOrCreate() {
            return new AttributeModel();
        }
    }
}
