package dev.cryptotrader.trading.venue.bitfinex;

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

/** Live Bitfinex candles from the public WebSocket ({@code wss://api-pub.bitfinex.com/ws/2}). */
public final class BitfinexLiveFeed implements LiveCandleFeed {

    private final VenueConfig config;
    private final StreamSettings settings;

    public BitfinexLiveFeed(VenueConfig config, StreamSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    public Exchange exchange() {
        return Exchange.BITFINEX;
    }

    @Override
    public Subscription subscribe(Instrument instrument, Timeframe timeframe, LiveCandleListener listener) {
        String key = "trade:" + BitfinexMapper.timeframeKey(timeframe) + ":" + config.symbolFor(instrument, BitfinexMapper::symbol);
        // Heartbeats every 15 s keep the connection fresh, so no ping unless the settings ask for one.
        var protocol = new BitfinexStreamProtocol(config.wsBaseUrlOr(BitfinexMarketData.DEFAULT_WS_URL).toString(),
                key, timeframe, settings.pingIntervalOr(Duration.ZERO));
        return StreamSession.start("bitfinex " + instrument + " " + timeframe, config.httpClient(), protocol,
                settings, listener);
    }
}
