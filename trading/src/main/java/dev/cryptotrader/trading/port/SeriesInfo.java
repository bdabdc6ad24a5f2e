package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.SeriesKey;

/** What the store knows about one series without reading it. */
public record SeriesInfo(SeriesKey key, long barCount, long firstOpenTime, long lastOpenTime) {
}
