package dev.cryptotrader.app.ui.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A local Binance for MockWebServer that answers {@code /api/v3/klines} with the real recorded BTCUSDT 1h rows of
 * {@code shared/fixtures/exchange/binance} (three hours from 2024-01-30T16:00Z), keeping those inside the request's
 * {@code startTime}..{@code endTime} and {@code limit}. Every answer carries Binance's {@code X-MBX-USED-WEIGHT-1M}
 * header with {@link #reportUsedWeight}, which the real adapter takes as the IP's usage: that is how a test fills
 * the budget to 70% or 90% with one request. Other symbols get Binance's documented {@code -1121 Invalid symbol.}
 * {@link #holdKlines()} keeps kline answers back until released.
 */
final class RecordedBinance extends Dispatcher {

    static final String KLINES = "api_v3_klines_BTCUSDT_1h_startTime1706628191000_limit3.json";
    /** Binance's documented answer for a symbol it does not list. */
    static final String INVALID_SYMBOL = "DOCEX_error_-1121.json";
    /** 2024-01-30T16:00:00Z, the first recorded hour. */
    static final long FIRST_HOUR = 1_706_630_400_000L;
    static final long HOUR = 3_600_000L;

    private final List<JsonNode> rows = new ArrayList<>();
    private String invalidSymbol;
    private final AtomicInteger usedWeight = new AtomicInteger(2);
    private final AtomicInteger klineRequests = new AtomicInteger();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final CountDownLatch firstKlineRequest = new CountDownLatch(1);

    /** Reads the fixture, or skips the test with a reason when the shared folder is not beside the repo. */
    static RecordedBinance fromSharedFixtures() {
        String shared = System.getProperty("shared.dir", "../../shared");
        Path folder = Path.of(shared, "fixtures", "exchange", "binance");
        Path file = folder.resolve(KLINES);
        if (!Files.isRegularFile(file)) {
            String why = file.toAbsolutePath().normalize() + " not found: skipping this test, it serves the real "
                    + "recorded Binance klines from the workspace's shared/ folder beside the repo";
            System.err.println("SKIPPED: " + why); // visible in the build log, not only in the XML report
            assumeTrue(false, why);
        }
        try {
            RecordedBinance binance = new RecordedBinance();
            new ObjectMapper().readTree(file.toFile()).forEach(binance.rows::add);
            binance.invalidSymbol = Files.readString(folder.resolve(INVALID_SYMBOL));
            return binance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the following answers report as the IP's used weight this minute (of 6000). */
    void reportUsedWeight(int weight) {
        usedWeight.set(weight);
    }

    int klineRequests() {
        return klineRequests.get();
    }

    int recordedBars() {
        return rows.size();
    }

    /** Kline answers wait until the returned latch is counted down. */
    CountDownLatch holdKlines() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return latch;
    }

    boolean awaitFirstKlineRequest(long seconds) throws InterruptedException {
        return firstKlineRequest.await(seconds, TimeUnit.SECONDS);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        HttpUrl url = request.getUrl();
        if (!url.encodedPath().equals("/api/v3/klines")) {
            return json(404, "{\"code\":-1,\"msg\":\"not recorded\"}");
        }
        klineRequests.incrementAndGet();
        firstKlineRequest.countDown();
        hold.await(30, TimeUnit.SECONDS);
        if (!"BTCUSDT".equals(url.queryParameter("symbol"))) {
            return json(400, invalidSymbol);
        }
        long start = Long.parseLong(url.queryParameter("startTime"));
        long end = Long.parseLong(url.queryParameter("endTime"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        List<String> answer = new ArrayList<>();
        for (JsonNode row : rows) {
            long open = row.get(0).asLong();
            if (open >= start && open <= end && answer.size() < limit) {
                answer.add(row.toString());
            }
        }
        return json(200, "[" + String.join(",", answer) + "]");
    }

    private MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("X-MBX-USED-WEIGHT-1M", Integer.toString(usedWeight.get())).body(body).build();
    }
}
