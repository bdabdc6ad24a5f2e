package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleFeed;
import dev.cryptotrader.trading.venue.binance.BinanceLiveFeed;
import dev.cryptotrader.trading.venue.binance.BinanceMarketData;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexLiveFeed;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexMarketData;
import dev.cryptotrader.trading.venue.kucoin.KucoinLiveFeed;
import dev.cryptotrader.trading.venue.kucoin.KucoinMarketData;
import dev.cryptotrader.trading.venue.stream.StreamSettings;

import java.util.List;

/**
 * The one place that knows every adapter. The engine asks for an {@link ExchangeMarketData} or a
 * {@link LiveCandleFeed} by {@link Exchange}; adding a venue means one line in each switch (see
 * docs/ADDING_AN_EXCHANGE.md). Every REST adapter also implements {@link RateLimited}.
 */
public final class Venues {

    private static final List<Exchange> SUPPORTED = List.of(Exchange.BITFINEX, Exchange.BINANCE, Exchange.KUCOIN);

    private Venues() {
    }

    public static ExchangeMarketData marketData(Exchange exchange, VenueConfig config) {
        return switch (exchange.id()) {
            case "bitfinex" -> new BitfinexMarketData(config);
            case "binance" -> new BinanceMarketData(config);
            case "kucoin" -> new KucoinMarketData(config);
            default -> throw new IllegalArgumentException("no market-data adapter for exchange '" + exchange
                    + "'; supported: " + SUPPORTED);
        };
    }

    /** The live-candle feed of {@code exchange}: reconnecting, stale detection and timing as in {@code settings}. */
    public static LiveCandleFeed liveFeed(Exchange exchange, VenueConfig config, StreamSettings settings) {
        return switch (exchange.id()) {
            case "bitfinex" -> new BitfinexLiveFeed(config, settings);
            case "binance" -> new BinanceLiveFeed(config, settings);
            case "kucoin" -> new KucoinLiveFeed(config, settings);
            default -> throw new IllegalArgumentException("no live-candle feed for exchange '" + exchange
                    + "'; supported: " + SUPPORTED);
        };
    }

    /** The exchanges {@link #marketData} and {@link #liveFeed} accept. */
    public static List<Exchange> supported() {
        return SUPPORTED;
    }
}
