package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;

/** Guards against storing one venue's bars under another venue's series. */
final class Venue {

    private Venue() {
    }

    static void requireServes(ExchangeMarketData venue, SeriesKey key) {
        if (!venue.exchange().equals(key.exchange())) {
            throw new IllegalArgumentException("the " + venue.exchange() + " adapter cannot fill series " + key);
        }
    }
}
