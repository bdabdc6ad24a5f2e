package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleFeed;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.stream.StreamSession;
import dev.cryptotrader.trading.venue.stream.StreamSettings;

import java.time.Duration;

/** Live Binance spot klines from {@code wss://stream.binance.com:9443/ws}. */
public final class BinanceLiveFeed implements LiveCandleFeed {

    /**
     * Binance cuts every connection at 24 h (web-socket-streams.md, "General WSS information"); renewing it a little
     * earlier lets us choose the moment, and the REST catch-up covers the switch.
     */
    static final Duration MAX_CONNECTION_AGE = Duration.ofHours(23).plusMinutes(30);
    /** Our LIST_SUBSCRIPTIONS ping; Binance allows 5 incoming messages per second, this is one in 20 s. */
    static final Duration PING_INTERVAL = Duration.ofSeconds(20);

    private final VenueConfig config;
    private final StreamSettings settings;

    public BinanceLiveFeed(VenueConfig config, StreamSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    public Exchange exchange() {
        return Exchange.BINANCE;
    }

    @Override
    public Subscription subscribe(Instrument instrument, Timeframe timeframe, LiveCandleListener listener) {
        String base = config.wsBaseUrlOr(BinanceMarketData.DEFAULT_WS_URL).toString();
        String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ws";
        var protocol = new BinanceStreamProtocol(url, config.symbolFor(instrument, BinanceMapper::symbol), timeframe,
                settings.pingIntervalOr(PING_INTERVAL), settings.maxAgeOr(MAX_CONNECTION_AGE));
        return StreamSession.start("binance " + instrument + " " + timeframe, config.httpClient(), protocol,
                settings, listener);
    }
}
