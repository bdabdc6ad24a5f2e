package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleFeed;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.stream.StreamSession;
import dev.cryptotrader.trading.venue.stream.StreamSettings;

/**
 * Live KuCoin spot candles. The WebSocket server and its token come from {@code POST /api/v1/bullet-public} on the
 * REST root; a WS base URL in the config replaces the token's server (for a local fake or a proxy).
 */
public final class KucoinLiveFeed implements LiveCandleFeed {

    private final VenueConfig config;
    private final StreamSettings settings;
    private final KucoinRawClient raw;

    public KucoinLiveFeed(VenueConfig config, StreamSettings settings) {
        this.config = config;
        this.settings = settings;
        this.raw = new KucoinMarketData(config).raw();
    }

    @Override
    public Exchange exchange() {
        return Exchange.KUCOIN;
    }

    @Override
    public Subscription subscribe(Instrument instrument, Timeframe timeframe, LiveCandleListener listener) {
        var protocol = new KucoinStreamProtocol(() -> raw.bulletPublic().body(), config.wsBaseUrl(),
                config.symbolFor(instrument, KucoinMapper::symbol), timeframe, settings);
        return StreamSession.start("kucoin " + instrument + " " + timeframe, config.httpClient(), protocol,
                settings, listener);
    }
}
