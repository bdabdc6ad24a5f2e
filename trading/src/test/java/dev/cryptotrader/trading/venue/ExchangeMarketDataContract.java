package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.port.Clock;
import mockwebserver3.MockResponse;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.cryptotrader.trading.venue.SyntheticCandles.T0;
import static dev.cryptotrader.trading.venue.SyntheticCandles.TF;
import static dev.cryptotrader.trading.venue.SyntheticCandles.bar;
import static dev.cryptotrader.trading.venue.SyntheticCandles.bars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one contract every {@link ExchangeMarketData} adapter passes, against a local fake server (langchain4j's
 * AbstractChatModelIT pattern). A subclass only says how its venue spells requests and answers; every behaviour is
 * asserted here, the same way for all venues. The hooks a venue fills in are in {@link VenueContractSupport}.
 */
public abstract class ExchangeMarketDataContract extends VenueContractSupport {

    private static final long H = TF.millis();

    @Test
    void recordedCandlesMapToExactValues() throws Exception {
        Recorded r = recordedCandles();
        server.enqueue(json(200, VenueFixtures.read(r.fixture())));
        HistoryPage page = adapter(config()).fetchHistory(r.instrument(), r.timeframe(), r.from(), r.to());
        assertSameCandles(page.candles().toCandles(), r.expected());
        assertThat(page.coveredTo()).isEqualTo(r.to());
        long first = r.expected().getFirst().openTime();
        assertHistoryRequest(server.takeRequest(), r.instrument(), r.timeframe(), first, r.to(), r.expected().size());
    }

    @Test
    void pagesThroughARangeInOrderAndTreatsAMissingBarAsAnswered() throws Exception {
        // 12 hourly bars in pages of 5; bar 7 has no trades, so the venue leaves it out.
        server.enqueue(json(200, rows(bars(0, 1, 2, 3, 4))));
        server.enqueue(json(200, rows(bars(5, 6, 8, 9))));
        server.enqueue(json(200, rows(bars(10, 11))));
        ExchangeMarketData md = adapter(config().withMaxBarsPerRequest(5));
        List<Candle> all = new ArrayList<>();
        long from = T0;
        long to = T0 + 12 * H;
        int pages = 0;
        while (from < to) {
            HistoryPage page = md.fetchHistory(BTC_USDT, TF, from, to);
            assertThat(page.coveredTo()).as("page %d moves forward", pages).isGreaterThan(from);
            all.addAll(page.candles().toCandles());
            from = page.coveredTo();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertSameCandles(all, bars(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11));
        assertHistoryRequest(server.takeRequest(), BTC_USDT, TF, T0, T0 + 5 * H, 5);
        assertHistoryRequest(server.takeRequest(), BTC_USDT, TF, T0 + 5 * H, T0 + 10 * H, 5);
        assertHistoryRequest(server.takeRequest(), BTC_USDT, TF, T0 + 10 * H, T0 + 12 * H, 2);
    }

    @Test
    void aRangeNoBarOpensInAsksNothing() {
        HistoryPage page = adapter(config()).fetchHistory(BTC_USDT, TF, T0 + 1, T0 + H);
        assertThat(page.candles().isEmpty()).isTrue();
        assertThat(page.coveredTo()).isEqualTo(T0 + H);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anEmptyAnswerCoversTheWholeWindow() {
        server.enqueue(json(200, page(List.of())));
        HistoryPage page = adapter(config()).fetchHistory(BTC_USDT, TF, T0, T0 + 3 * H);
        assertThat(page.candles().isEmpty()).isTrue();
        assertThat(page.coveredTo()).isEqualTo(T0 + 3 * H);
    }

    @Test
    void theFormingBarIsLeftOutAndNotCovered() {
        server.enqueue(json(200, rows(bars(0, 1, 2))));
        VenueConfig duringBar2 = config().withClock(Clock.fixed(T0 + 2 * H + 30 * 60_000));
        HistoryPage page = adapter(duringBar2).fetchHistory(BTC_USDT, TF, T0, T0 + 3 * H);
        assertSameCandles(page.candles().toCandles(), bars(0, 1));
        assertThat(page.coveredTo()).isEqualTo(T0 + 2 * H);
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterAsksThenRetried() throws Exception {
        server.enqueue(new MockResponse(429, Headers.of("Retry-After", "1"), "{}"));
        server.enqueue(json(200, rows(bars(0))));
        long started = System.nanoTime();
        HistoryPage page = adapter(config()).fetchHistory(BTC_USDT, TF, T0, T0 + H);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(waitedMillis).as("honours Retry-After: 1").isGreaterThanOrEqualTo(1000);
        assertSameCandles(page.candles().toCandles(), bars(0));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getTarget()).isEqualTo(server.takeRequest().getTarget());
    }

    @Test
    void aRateLimitThatOutlastsTheAttemptsIsRateLimited() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse(429, Headers.of("Retry-After", "0"), "{}"));
        }
        ExchangeMarketData md = adapter(config().withRetries(2, Duration.ofMinutes(2)));
        expect(() -> md.fetchHistory(BTC_USDT, TF, T0, T0 + H), Kind.RATE_LIMITED, "still refused after 2 attempts");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBanLongerThanWeWaitFailsAtOnce() {
        server.enqueue(new MockResponse(418, Headers.of("Retry-After", "600"), "{}"));
        expect(() -> adapter(config()).fetchHistory(BTC_USDT, TF, T0, T0 + H), Kind.RATE_LIMITED,
                "longer than the configured maximum");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsABadResponse() {
        server.enqueue(json(200, "[[1704067200000,\"1\""));
        expectHistory(Kind.BAD_RESPONSE, "malformed JSON");
    }

    @Test
    void anHtmlErrorPageIsNamedAsSuch() {
        server.enqueue(new MockResponse(502, Headers.of("Content-Type", "text/html"),
                "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
        expectHistory(Kind.UNAVAILABLE, "an HTML page '502 Bad Gateway' came back instead of JSON (HTTP 502)");
        server.enqueue(new MockResponse(200, Headers.of("Content-Type", "text/html"),
                "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>"));
        expectHistory(Kind.BAD_RESPONSE, "an HTML page 'Just a moment...' came back instead of JSON (HTTP 200)");
    }

    @Test
    void theVenuesOwnErrorIsAVenueError() {
        server.enqueue(venueError());
        expectHistory(Kind.VENUE_ERROR, venueErrorShows());
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefused() {
        server.enqueue(json(200, page(List.of(row(bar(0)), SyntheticCandles.dropLastField(row(bar(1)))))));
        expectHistory(Kind.BAD_RESPONSE, "fields; a ");
    }

    @Test
    void aBarOutsideTheRequestedRangeIsRefused() {
        server.enqueue(json(200, rows(List.of(SyntheticCandles.at(T0 - H), bar(0)))));
        expectHistory(Kind.BAD_RESPONSE, "is outside the requested range");
    }

    @Test
    void aValueThatIsNoNumberIsRefused() {
        server.enqueue(json(200, page(List.of(SyntheticCandles.nonNumericOpen(row(bar(0)))))));
        expectHistory(Kind.BAD_RESPONSE, "column 'open' is not a number: 'abc'");
    }

    @Test
    void aBarWithHighBelowLowIsRefused() {
        server.enqueue(json(200, rows(List.of(bar(0), SyntheticCandles.highBelowLow(1)))));
        expectHistory(Kind.BAD_RESPONSE, "is below low");
    }

    @Test
    void anUnreachableVenueIsUnavailable() throws IOException {
        String url = server.url("/").toString();
        server.close();
        ExchangeMarketData md = adapter(config().withRestBaseUrl(url));
        expect(() -> md.fetchHistory(BTC_USDT, TF, T0, T0 + H), Kind.UNAVAILABLE, "failed");
    }

    @Test
    void listsInstrumentsWithTheirNativeSymbols() {
        server.enqueue(json(200, instrumentsBody()));
        assertThat(adapter(config()).listInstruments()).containsAll(instrumentsExpected());
    }

    @Test
    void recordedTickerMapsToExactValues() throws Exception {
        Ticker expected = tickerExpected();
        server.enqueue(json(200, VenueFixtures.read(tickerFixture())));
        Ticker ticker = adapter(config()).fetchTicker(expected.instrument());
        assertThat(ticker).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
        assertThat(server.takeRequest().getTarget()).isEqualTo(tickerPathAndQuery());
    }

    @Test
    void rateLimitUsageCountsWhatWasSent() {
        server.enqueue(json(200, rows(bars(0))));
        ExchangeMarketData md = adapter(config());
        md.fetchHistory(BTC_USDT, TF, T0, T0 + H);
        List<RateLimitUsage> usage = ((RateLimited) md).rateLimitUsage();
        assertThat(usage).isNotEmpty().allSatisfy(u -> assertThat(u.level()).isEqualTo(RateLimitUsage.Level.OK));
        assertThat(usage.stream().mapToInt(RateLimitUsage::used).sum()).isPositive();
    }

    private void expectHistory(Kind kind, String fragment) {
        expect(() -> adapter(config()).fetchHistory(BTC_USDT, TF, T0, T0 + 3 * H), kind, fragment);
    }
}
