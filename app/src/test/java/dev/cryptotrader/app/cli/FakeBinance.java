package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.Candle;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A local Binance for MockWebServer: {@code /api/v3/klines} answers from a generated one-minute history in Binance's
 * 12-field row shape (strings for decimals, like the recorded fixtures), honouring {@code startTime}, {@code endTime}
 * (inclusive) and {@code limit}; minutes without trades are simply absent. {@code /api/v3/exchangeInfo} lists two
 * symbols. {@link #failKlines} turns klines into Binance's {@code -1121} error.
 */
public final class FakeBinance extends Dispatcher {

    static final long MINUTE = 60_000L;

    private final List<Candle> history = new ArrayList<>();
    private final AtomicInteger klineRequests = new AtomicInteger();
    private volatile boolean failKlines;

    /** {@code slots} minutes from {@code t0}; a slot for which {@code noTrades} holds has no bar. */
    public FakeBinance(long t0, int slots, IntPredicate noTrades) {
        for (int i = 0; i < slots; i++) {
            if (!noTrades.test(i)) {
                long p = 40_000 + i % 500;
                history.add(new Candle(t0 + i * MINUTE, new BigDecimal(p + ".10000000"),
                        new BigDecimal((p + 3) + ".00000000"), new BigDecimal((p - 3) + ".00000000"),
                        new BigDecimal(p + ".20000000"), new BigDecimal("0." + (i % 9 + 1) + "5000000")));
            }
        }
    }

    List<Candle> history() {
        return history;
    }

    int klineRequests() {
        return klineRequests.get();
    }

    void failKlines() {
        failKlines = true;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        return switch (url.encodedPath()) {
            case "/api/v3/klines" -> klines(url);
            case "/api/v3/exchangeInfo" -> json(200, """
                    {"timezone":"UTC","serverTime":1706630400000,"symbols":[
                     {"symbol":"ETHBTC","status":"BREAK","baseAsset":"ETH","quoteAsset":"BTC"},
                     {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT"}]}""");
            default -> json(404, "{\"code\":-1,\"msg\":\"no such path in the fake\"}");
        };
    }

    private MockResponse klines(HttpUrl url) {
        klineRequests.incrementAndGet();
        if (failKlines) {
            return json(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}");
        }
        long start = Long.parseLong(url.queryParameter("startTime"));
        long end = Long.parseLong(url.queryParameter("endTime"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        StringBuilder body = new StringBuilder("[");
        int rows = 0;
        for (Candle c : history) {
            if (c.openTime() >= start && c.openTime() <= end && rows < limit) {
                body.append(rows++ == 0 ? "" : ",").append(row(c));
            }
        }
        return json(200, body.append("]").toString());
    }

    private static String row(Candle c) {
        return "[" + c.openTime() + ",\"" + c.open().toPlainString() + "\",\"" + c.high().toPlainString() + "\",\""
                + c.low().toPlainString() + "\",\"" + c.close().toPlainString() + "\",\""
                + c.volume().toPlainString() + "\"," + (c.openTime() + MINUTE - 1) + ",\"1000.00000000\",42,"
                + "\"0.50000000\",\"500.00000000\",\"0\"]";
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .addHeader("X-MBX-USED-WEIGHT-1M", "2").body(body).build();
    }
}
