package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Candle;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * KuCoin's shapes for the fake: the bullet-public token answer pointing at the fake's WebSocket, the session frames,
 * candle messages, and {@code /api/v1/market/candles} pages (seconds, newest first, strings).
 */
final class FakeKucoinStream {

    static final String TOPIC = "/market/candles:BTC-USDT_1min";

    private FakeKucoinStream() {
    }

    static String welcome(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"welcome\"}";
    }

    static String ack(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"ack\"}";
    }

    /** The id of a client frame such as {@code {"id":"1","type":"subscribe",...}}. */
    static String idOf(String frame) {
        return frame.replaceAll(".*\"id\":\"?([^\",}]+)\"?.*", "$1");
    }

    static String pongFor(String frame) {
        return frame.contains("\"type\":\"ping\"") ? "{\"id\":\"" + idOf(frame) + "\",\"type\":\"pong\"}" : null;
    }

    /** A candle message: {@code [time(s), open, close, high, low, volume, turnover]} as strings. */
    static String message(Candle c) {
        return "{\"topic\":\"" + TOPIC + "\",\"type\":\"message\",\"subject\":\"trade.candles.update\",\"data\":{"
                + "\"symbol\":\"BTC-USDT\",\"candles\":" + row(c) + ",\"time\":" + (c.openTime() * 1_000_000 + 5)
                + "}}";
    }

    static String row(Candle c) {
        return "[\"" + c.openTime() / 1000 + "\",\"" + c.open().toPlainString() + "\",\""
                + c.close().toPlainString() + "\",\"" + c.high().toPlainString() + "\",\"" + c.low().toPlainString()
                + "\",\"" + c.volume().toPlainString() + "\",\"123.45\"]";
    }

    /** The documented token answer with the fake's endpoint and a ping interval fit for a test. */
    static String bullet(String token, String endpoint, long pingIntervalMillis) {
        return "{\"code\":\"200000\",\"data\":{\"token\":\"" + token + "\",\"instanceServers\":[{\"endpoint\":\""
                + endpoint + "\",\"encrypt\":true,\"protocol\":\"websocket\",\"pingInterval\":" + pingIntervalMillis
                + ",\"pingTimeout\":10000}]}}";
    }

    /**
     * The REST side: {@code POST /api/v1/bullet-public} hands out numbered tokens for {@code endpoint}, and
     * {@code GET /api/v1/market/candles} answers from {@code source}.
     */
    static Function<RecordedRequest, MockResponse> rest(String endpoint, long pingIntervalMillis, List<Candle> source) {
        AtomicInteger tokens = new AtomicInteger();
        return request -> {
            HttpUrl url = request.getUrl();
            if (url.encodedPath().equals("/api/v1/bullet-public") && "POST".equals(request.getMethod())) {
                return json(bullet("token-" + tokens.incrementAndGet(), endpoint, pingIntervalMillis));
            }
            if (url.encodedPath().equals("/api/v1/market/candles")) {
                long startAt = Long.parseLong(url.queryParameter("startAt")) * 1000;
                long endAt = Long.parseLong(url.queryParameter("endAt")) * 1000;
                List<String> rows = new ArrayList<>();
                for (Candle c : source) {
                    if (c.openTime() >= startAt && c.openTime() <= endAt) {
                        rows.add(row(c));
                    }
                }
                Collections.reverse(rows); // KuCoin answers newest first
                return json("{\"code\":\"200000\",\"data\":" + rows.stream().collect(Collectors.joining(",", "[", "]"))
                        + "}");
            }
            return new MockResponse.Builder().code(404).body("{\"code\":\"400100\",\"msg\":\"not in the fake\"}")
                    .build();
        };
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
