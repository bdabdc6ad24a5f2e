package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.SeriesInfo;

/** One row of the {@code series} table: the id candles refer to, the scales of their mantissas, and summary data. */
record SeriesRow(long id, SeriesKey key, int priceScale, int volumeScale, long barCount, long firstOpenTime,
                 long lastOpenTime, long version) {

    boolean isEmpty() {
        return barCount == 0;
    }

    SeriesInfo info() {
        return new SeriesInfo(key, barCount, firstOpenTime, lastOpenTime);
    }
}
