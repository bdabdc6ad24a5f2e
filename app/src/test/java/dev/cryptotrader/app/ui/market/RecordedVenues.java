package dev.cryptotrader.app.ui.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Binance and Bitfinex for MockWebServer. Klines come from the recorded {@code api_v3_klines_BTCUSDT_1h…} payload
 * (three real hours of 2024-01-30), cut to the requested {@code startTime..endTime} and {@code limit}; any other
 * symbol gets Binance's recorded {@code -1121 Invalid symbol} error. Kline answers can be held back
 * ({@link #holdKlines}) and let through one by one, to cancel while a page is in flight.
 *
 * <p>The shared fixtures hold no recording of Binance's {@code exchangeInfo} or Bitfinex's
 * {@code conf/pub:list:pair:exchange}. The listings here follow the documented shapes (as the adapters' own contract
 * tests do) and name only symbols that appear in the recorded payloads (BTCUSDT, LTCUSDT, SOLUSDT, ETHBTC; tBTCUSD,
 * tETHUSD, tBTCUST, tLTCUST). Replace them with recordings once shared/fixtures has some.
 */
final class RecordedVenues extends Dispatcher {

    static final String KLINES = "binance/api_v3_klines_BTCUSDT_1h_startTime1706628191000_limit3.json";
    static final String INVALID_SYMBOL = "binance/DOCEX_error_-1121.json";

    static final String BINANCE_LISTING = """
            {"timezone":"UTC","serverTime":1706630400000,"rateLimits":[],"exchangeFilters":[],"symbols":[
             {"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","quoteAsset":"BTC","isSpotTradingAllowed":true},
             {"symbol":"LTCUSDT","status":"TRADING","baseAsset":"LTC","quoteAsset":"USDT","isSpotTradingAllowed":true},
             {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","isSpotTradingAllowed":true},
             {"symbol":"SOLUSDT","status":"BREAK","baseAsset":"SOL","quoteAsset":"USDT","isSpotTradingAllowed":true}]}""";
    static final String BITFINEX_LISTING = "[[\"BTCUSD\",\"ETHUSD\",\"BTCUST\",\"LTCUST\"]]";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode recordedRows;
    private final String invalidSymbol;
    private final List<Long> klineStarts = new CopyOnWriteArrayList<>();
    private final Semaphore klinePermits = new Semaphore(0);
    private volatile boolean holding;
    private volatile MockResponse listingFailure;

    RecordedVenues() {
        try {
            recordedRows = (ArrayNode) JSON.readTree(SharedFixtures.exchange(KLINES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        invalidSymbol = SharedFixtures.exchange(INVALID_SYMBOL);
    }

    /** The recorded kline rows, as Binance sent them. */
    ArrayNode recordedRows() {
        return recordedRows;
    }

    /** Every listing answers {@code failure} from now on; null answers them again. */
    void failListings(MockResponse failure) {
        listingFailure = failure;
    }

    /** Kline answers wait until {@link #letThrough} allows them. */
    void holdKlines() {
        holding = true;
    }

    void letThrough(int answers) {
        klinePermits.release(answers);
    }

    /** Stops holding answers back; the waiting ones go out. */
    void release() {
        holding = false;
        klinePermits.release(1_000);
    }

    /** The {@code startTime} of every klines request so far, in order. */
    List<Long> klineStarts() {
        return List.copyOf(klineStarts);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        return switch (url.encodedPath()) {
            case "/api/v3/exchangeInfo" -> listing(BINANCE_LISTING);
            case "/v2/conf/pub:list:pair:exchange" -> listing(BITFINEX_LISTING);
            case "/api/v3/klines" -> klines(url);
            default -> json(404, "{\"code\":-1,\"msg\":\"not served by this test\"}");
        };
    }

    private MockResponse listing(String body) {
        MockResponse failure = listingFailure;
        return failure != null ? failure : json(200, body);
    }

    private MockResponse klines(HttpUrl url) {
        klineStarts.add(Long.parseLong(url.queryParameter("startTime")));
        if (holding) {
            try {
                if (!klinePermits.tryAcquire(30, TimeUnit.SECONDS)) {
                    return json(503, "{\"code\":-1,\"msg\":\"the test never let this page through\"}");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!"BTCUSDT".equals(url.queryParameter("symbol")) || !"1h".equals(url.queryParameter("interval"))) {
            return json(400, invalidSymbol);
        }
        long start = Long.parseLong(url.queryParameter("startTime"));
        long end = Long.parseLong(url.queryParameter("endTime"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        ArrayNode page = JSON.createArrayNode();
        for (JsonNode row : recordedRows) {
            long open = row.get(0).asLong();
            if (open >= start && open <= end && page.size() < limit) {
                page.add(row);
            }
        }
        return json(200, page.toString());
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** What a proxy or an outage page looks like: HTML with a 500. */
    static MockResponse htmlError() {
        return new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
                .body("<html><body><h1>500 Internal Server Error</h1></body></html>").build();
    }
}
