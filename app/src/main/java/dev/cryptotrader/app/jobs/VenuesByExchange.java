package dev.cryptotrader.app.jobs;

import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One market-data adapter per exchange, configured from the user's config file and kept for the life of the
 * scheduler: an adapter holds the client-side rate-limit budget, so every job on a venue must share the same one.
 */
public final class VenuesByExchange implements Function<Exchange, ExchangeMarketData> {

    private final Map<Exchange, ExchangeMarketData> adapters = new ConcurrentHashMap<>();
    private final UserConfig config;

    public VenuesByExchange(UserConfig config) {
        this.config = config;
    }

    @Override
    public ExchangeMarketData apply(Exchange exchange) {
        return adapters.computeIfAbsent(exchange,
                e -> Venues.marketData(e, VenueConfig.defaults().withOverrides(config.overridesFor(e))));
    }
}
