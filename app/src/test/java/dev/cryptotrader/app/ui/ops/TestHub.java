package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.Clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real {@link MarketDataHub} on a real SQLite file in a temporary folder, configured by the {@code config.json}
 * written beside it; closing it closes the hub, then the candle store (which the hub does not own).
 */
record TestHub(MarketDataHub hub, SqliteCandleStore candles, Path database) implements AutoCloseable {

    static final SeriesKey BTC_1H = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.H1);

    /** {@code configJson} null: no config file (the defaults, an empty watchlist). */
    static TestHub open(Path dir, String configJson) {
        Path db = dir.resolve("cryptotrader.db");
        Path config = UserConfigFile.besideDatabase(db);
        try {
            if (configJson != null) {
                Files.writeString(config, configJson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SqliteCandleStore candles = SqliteCandleStore.open(db);
        return new TestHub(new MarketDataHub(db, candles, UserConfigFile.load(config), null, Clock.system()),
                candles, db);
    }

    /** Binance pointed at {@code baseUrl}, with {@code watchlist} (a JSON array) as the watchlist. */
    static String binanceConfig(String baseUrl, String watchlist) {
        return """
                {"exchanges": {"binance": {"rest_base_url": "%s"}}, "watchlist": %s}""".formatted(baseUrl, watchlist);
    }

    /** Backfills the recorded hours before {@code hours} hours after the first: one klines request per new hour. */
    void backfillRecordedHours(int hours) {
        long from = RecordedBinance.FIRST_HOUR;
        hub.backfill(BTC_1H, new TimeRange(from, from + hours * RecordedBinance.HOUR), BackfillListener.NONE,
                new CancellationToken());
    }

    @Override
    public void close() {
        hub.close();
        candles.close();
    }
}
