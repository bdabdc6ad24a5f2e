package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.venue.stream.StreamSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenuesTest {

    @Test
    void everySupportedExchangeHasARateLimitedAdapterWithItsOwnPageSize() {
        for (Exchange exchange : Venues.supported()) {
            ExchangeMarketData md = Venues.marketData(exchange, VenueConfig.defaults());
            assertThat(md.exchange()).isEqualTo(exchange);
            assertThat(md).isInstanceOf(RateLimited.class);
            assertThat(((RateLimited) md).rateLimitUsage()).isNotEmpty()
                    .allSatisfy(u -> assertThat(u.used()).isZero());
        }
        assertThat(Venues.marketData(Exchange.BITFINEX, VenueConfig.defaults()).maxBarsPerRequest()).isEqualTo(10_000);
        assertThat(Venues.marketData(Exchange.BINANCE, VenueConfig.defaults()).maxBarsPerRequest()).isEqualTo(1_000);
        assertThat(Venues.marketData(Exchange.KUCOIN, VenueConfig.defaults()).maxBarsPerRequest()).isEqualTo(1_500);
        assertThat(Venues.marketData(Exchange.KUCOIN, VenueConfig.defaults().withMaxBarsPerRequest(9_999))
                .maxBarsPerRequest()).as("never above the venue's maximum").isEqualTo(1_500);
    }

    @Test
    void anExchangeWithoutAnAdapterIsRefusedByName() {
        assertThatThrownBy(() -> Venues.marketData(Exchange.of("coinbase"), VenueConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'coinbase'").hasMessageContaining("bitfinex");
    }

    @Test
    void everySupportedExchangeHasALiveFeedAndOthersAreRefusedByName() {
        for (Exchange exchange : Venues.supported()) {
            assertThat(Venues.liveFeed(exchange, VenueConfig.defaults(), StreamSettings.defaults()).exchange())
                    .isEqualTo(exchange);
        }
        assertThatThrownBy(() -> Venues.liveFeed(Exchange.of("coinbase"), VenueConfig.defaults(),
                StreamSettings.defaults())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'coinbase'").hasMessageContaining("live-candle feed");
    }

    @Test
    void configRefusesWhatCannotWork() {
        VenueConfig d = VenueConfig.defaults();
        assertThatThrownBy(() -> d.withRestBaseUrl("ftp://x")).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> d.withWsBaseUrl("https://x")).hasMessageContaining("not a ws:// or wss:// URL");
        assertThatThrownBy(() -> d.withRetries(0, Duration.ZERO)).hasMessageContaining("at least 1");
        assertThat(d.withWsBaseUrl("ws://localhost:1/ws").wsBaseUrlOr("wss://x").toString())
                .isEqualTo("ws://localhost:1/ws");
        assertThat(d.restBaseUrlOr("https://api.binance.com").toString()).isEqualTo("https://api.binance.com/");
    }

    @Test
    void usageLevelsAreWarningFromSeventyAndCriticalFromNinetyPercent() {
        assertThat(new RateLimitUsage("b", 69, 100).level()).isEqualTo(RateLimitUsage.Level.OK);
        assertThat(new RateLimitUsage("b", 70, 100).level()).isEqualTo(RateLimitUsage.Level.WARNING);
        assertThat(new RateLimitUsage("b", 89, 100).level()).isEqualTo(RateLimitUsage.Level.WARNING);
        assertThat(new RateLimitUsage("b", 90, 100).level()).isEqualTo(RateLimitUsage.Level.CRITICAL);
        assertThat(new RateLimitUsage("b", 6000, 6000).fraction()).isEqualTo(1.0);
    }
}
