package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.port.Clock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A spelling from the user's config file replaces the default mapping in every adapter's requests, and only there. */
class SymbolOverridesTest {

    static final long T0 = 1_704_067_200_000L;
    static final Instrument RENAMED = Instrument.of("BTC", "USDT");
    static final Instrument UNTOUCHED = Instrument.of("ETH", "USDT");

    final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"binance, [], ETHUSDT", "kucoin, '{\"code\":\"200000\",\"data\":[]}', ETH-USDT",
            "bitfinex, [], tETHUST"})
    void theOverrideIsWhatTheVenueIsAskedFor(String exchange, String emptyPage, String defaultSpelling)
            throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(emptyPage).build());
        }
        VenueConfig config = VenueConfig.defaults().withRestBaseUrl(server.url("/").toString())
                .withClock(Clock.fixed(T0 + 86_400_000L)).withRetries(1, java.time.Duration.ZERO)
                .withOverrides(new VenueOverrides(Optional.empty(), Optional.empty(), Map.of(RENAMED, "XBT_TEST")));
        ExchangeMarketData venue = Venues.marketData(Exchange.of(exchange), config);

        venue.fetchHistory(RENAMED, Timeframe.M1, T0, T0 + 60 * 60_000L);
        venue.fetchHistory(UNTOUCHED, Timeframe.M1, T0, T0 + 60 * 60_000L);

        assertThat(server.takeRequest().getUrl().toString()).contains("XBT_TEST");
        assertThat(server.takeRequest().getUrl().toString()).contains(defaultSpelling).doesNotContain("XBT_TEST");
    }
}
