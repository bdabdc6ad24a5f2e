package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.port.Clock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static dev.cryptotrader.trading.venue.SyntheticCandles.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a venue's test supplies to {@link ExchangeMarketDataContract} (how the venue spells requests and answers),
 * plus the fake server and assertion helpers the contract shares.
 */
public abstract class VenueContractSupport {

    protected static final Instrument BTC_USDT = Instrument.of("BTC", "USDT");

    protected MockWebServer server;

    /** A recorded answer and what it must map to. */
    public record Recorded(String fixture, Instrument instrument, Timeframe timeframe, long from, long to,
                           List<Candle> expected) {
    }

    protected abstract Exchange exchange();

    protected abstract Recorded recordedCandles();

    /** One candle as a row in the venue's shape. */
    protected abstract String row(Candle candle);

    /** Rows (given oldest first) wrapped and ordered the way the venue answers. */
    protected abstract String page(List<String> rowsOldestFirst);

    /** The history request for {@code bars} bars opening in {@code [firstOpen, end)} is spelled right. */
    protected abstract void assertHistoryRequest(RecordedRequest request, Instrument instrument, Timeframe timeframe,
                                                 long firstOpen, long end, int bars);

    /** The venue's own error answer, and a fragment its message must show. */
    protected abstract MockResponse venueError();

    protected abstract String venueErrorShows();

    /** A small payload in the documented shape of the venue's symbol listing. */
    protected abstract String instrumentsBody();

    protected abstract List<InstrumentInfo> instrumentsExpected();

    protected abstract String tickerFixture();

    protected abstract String tickerPathAndQuery();

    protected abstract Ticker tickerExpected();

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The fake server as base URL, and a clock long after every synthetic bar. */
    protected VenueConfig config() {
        return VenueConfig.defaults().withRestBaseUrl(server.url("/").toString()).withClock(Clock.fixed(LATER));
    }

    /** Through the factory the CLI and backfill use, so the factory entry is tested too. */
    protected ExchangeMarketData adapter(VenueConfig config) {
        return Venues.marketData(exchange(), config);
    }

    protected static MockResponse json(int code, String body) {
        return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
    }

    protected String rows(List<Candle> candles) {
        return page(candles.stream().map(this::row).toList());
    }

    protected static Candle candle(long openTime, String open, String high, String low, String close, String volume) {
        return new Candle(openTime, d(open), d(high), d(low), d(close), d(volume));
    }

    protected static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    protected static void assertSameCandles(List<Candle> actual, List<Candle> expected) {
        assertThat(actual).usingElementComparator((a, b) -> a.sameValues(b) ? 0 : 1)
                .containsExactlyElementsOf(expected);
    }

    protected void expect(Executable call, Kind kind, String fragment) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ExchangeException.class, e -> {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
            assertThat(e.exchange()).isEqualTo(exchange());
            assertThat(e.getMessage()).contains(fragment);
        });
    }
}
