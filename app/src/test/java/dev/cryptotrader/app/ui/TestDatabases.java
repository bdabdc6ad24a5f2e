package dev.cryptotrader.app.ui;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;

import java.nio.file.Path;
import java.util.Random;

/** Real SQLite files with synthetic bars for UI tests. */
final class TestDatabases {

    static final SeriesKey BTC_1M = new SeriesKey(Exchange.of("bitstamp"), Instrument.of("BTC", "USD"), Timeframe.M1);
    static final SeriesKey BTC_1H = BTC_1M.withTimeframe(Timeframe.H1);
    static final SeriesKey ETH_5M = new SeriesKey(Exchange.of("kraken"), Instrument.of("ETH", "USD"), Timeframe.M5);
    /** 2013-11-25T00:00:00Z */
    static final long START = 1_385_337_600_000L;

    private TestDatabases() {
    }

    /** BTC/USD 1m with {@code btcBars} bars, BTC/USD 1h with 200 and ETH/USD 5m with 300. */
    static Path create(Path dir, int btcBars) {
        Path db = dir.resolve("ui-test.db");
        try (CandleStore store = SqliteCandleStore.open(db)) {
            store.upsert(BTC_1M, walk(btcBars, Timeframe.M1, 800, 1));
            store.upsert(BTC_1H, walk(200, Timeframe.H1, 800, 2));
            store.upsert(ETH_5M, walk(300, Timeframe.M5, 40, 3));
        }
        return db;
    }

    static CandleSeries walk(int n, Timeframe tf, double startPrice, long seed) {
        Random r = new Random(seed);
        CandleSeries.Builder b = CandleSeries.builder(n, 2, 4);
        long price = Math.round(startPrice * 100);
        for (int i = 0; i < n; i++) {
            long open = price;
            price = Math.max(100, price + Math.round(r.nextGaussian() * 150));
            long high = Math.max(open, price) + r.nextInt(100);
            long low = Math.max(1, Math.min(open, price) - r.nextInt(100));
            b.addMantissas(START + i * tf.millis(), open, high, low, price, 10_000 + r.nextInt(100_000));
        }
        return b.build();
    }
}
