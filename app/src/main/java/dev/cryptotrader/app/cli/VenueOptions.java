package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --base-url} for the commands that talk to a venue, and the one place the CLI creates an adapter. The venue
 * settings of the user's config file apply first; a flag on the command line wins over them.
 */
public final class VenueOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "REST root of the venue, for a testnet or a local fake (default: the venue's own)")
    String baseUrl;

    /** A market-data adapter for {@code exchange}; only Bitfinex, Binance and KuCoin have one. */
    ExchangeMarketData marketData(Exchange exchange) {
        return Venues.marketData(requireTradable(exchange), config(exchange));
    }

    VenueConfig config(Exchange exchange) {
        VenueConfig fromFile = VenueConfig.defaults().withOverrides(userConfig().overridesFor(exchange));
        return baseUrl == null ? fromFile : fromFile.withRestBaseUrl(baseUrl);
    }

    private UserConfig userConfig() {
        return ((CryptotraderCommand) command.root().userObject()).userConfig();
    }

    static Exchange requireTradable(Exchange exchange) {
        if (!exchange.isTradable()) {
            throw new BadInputException("'" + exchange + "' has no market-data adapter: use bitfinex, binance or "
                    + "kucoin");
        }
        return exchange;
    }
}
