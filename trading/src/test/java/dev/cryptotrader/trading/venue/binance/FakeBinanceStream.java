package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.venue.stream.LiveBars;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.function.Function;

/** Binance's shapes for the fake: kline events as the WebSocket sends them, and {@code /api/v3/klines} pages. */
final class FakeBinanceStream {

    static final String SUBSCRIBED = "{\"result\":null,\"id\":1}";
    static final String STREAM = "btcusdt@kline_1m";

    private FakeBinanceStream() {
    }

    /** A kline event of BTCUSDT 1m, decimals as strings and integers as numbers, as Binance sends them. */
    static String kline(Candle c, boolean closed) {
        return kline("BTCUSDT", c, closed);
    }

    static String kline(String symbol, Candle c, boolean closed) {
        return "{\"e\":\"kline\",\"E\":" + (c.openTime() + 1234) + ",\"s\":\"" + symbol + "\",\"k\":{\"t\":"
                + c.openTime() + ",\"T\":" + (c.openTime() + LiveBars.MINUTE - 1) + ",\"s\":\"" + symbol
                + "\",\"i\":\"1m\",\"f\":100,\"L\":200,\"o\":\"" + c.open().toPlainString() + "\",\"c\":\""
                + c.close().toPlainString() + "\",\"h\":\"" + c.high().toPlainString() + "\",\"l\":\""
                + c.low().toPlainString() + "\",\"v\":\"" + c.volume().toPlainString() + "\",\"n\":100,\"x\":"
                + closed + ",\"q\":\"1.0000\",\"V\":\"500\",\"Q\":\"0.500\",\"B\":\"123456\"}}";
    }

    /** Answers LIST_SUBSCRIPTIONS pings with our stream listed, like Binance does. */
    static String answerPings(String frame) {
        if (!frame.contains("LIST_SUBSCRIPTIONS")) {
            return null;
        }
        String id = frame.replaceAll(".*\"id\":(\\d+).*", "$1");
        return "{\"result\":[\"" + STREAM + "\"],\"id\":" + id + "}";
    }

    /** {@code GET /api/v3/klines} over {@code source}, honouring startTime/endTime (inclusive) and limit. */
    static Function<RecordedRequest, MockResponse> klines(List<Candle> source) {
        return request -> {
            HttpUrl url = request.getUrl();
            if (!url.encodedPath().equals("/api/v3/klines")) {
                return new MockResponse.Builder().code(404).body("{\"code\":-1,\"msg\":\"not in the fake\"}").build();
            }
            long start = Long.parseLong(url.queryParameter("startTime"));
            long end = Long.parseLong(url.queryParameter("endTime"));
            int limit = Integer.parseInt(url.queryParameter("limit"));
            StringBuilder body = new StringBuilder("[");
            int rows = 0;
            for (Candle c : source) {
                if (c.openTime() >= start && c.openTime() <= end && rows < limit) {
                    body.append(rows++ == 0 ? "" : ",").append("[").append(c.openTime()).append(",\"")
                            .append(c.open().toPlainString()).append("\",\"").append(c.high().toPlainString())
                            .append("\",\"").append(c.low().toPlainString()).append("\",\"")
                            .append(c.close().toPlainString()).append("\",\"").append(c.volume().toPlainString())
                            .append("\",").append(c.openTime() + LiveBars.MINUTE - 1)
                            .append(",\"1.0\",7,\"0.5\",\"0.5\",\"0\"]");
                }
            }
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                    .body(body.append("]").toString()).build();
        };
    }
}
