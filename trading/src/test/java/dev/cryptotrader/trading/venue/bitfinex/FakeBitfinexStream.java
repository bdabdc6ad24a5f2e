package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Candle;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Bitfinex's shapes for the fake: ws v2 candle frames on one channel, and the REST candles history. */
final class FakeBitfinexStream {

    static final long CHANNEL = 343351;
    static final String KEY = "trade:1m:tBTCUSD";
    static final String INFO = "{\"event\":\"info\",\"version\":2,\"serverId\":\"fake\",\"platform\":{\"status\":1}}";
    static final String SUBSCRIBED = "{\"event\":\"subscribed\",\"channel\":\"candles\",\"chanId\":" + CHANNEL
            + ",\"key\":\"" + KEY + "\"}";
    static final String HEARTBEAT = "[" + CHANNEL + ",\"hb\"]";

    private FakeBitfinexStream() {
    }

    /** {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]} with JSON numbers, as Bitfinex writes them. */
    static String row(Candle c) {
        return "[" + c.openTime() + "," + c.open().toPlainString() + "," + c.close().toPlainString() + ","
                + c.high().toPlainString() + "," + c.low().toPlainString() + "," + c.volume().toPlainString() + "]";
    }

    static String update(Candle c) {
        return "[" + CHANNEL + "," + row(c) + "]";
    }

    /** A snapshot of the given candles, sent newest first as Bitfinex does. */
    static String snapshot(List<Candle> oldestFirst) {
        List<Candle> newestFirst = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(newestFirst);
        return "[" + CHANNEL + "," + newestFirst.stream().map(FakeBitfinexStream::row)
                .collect(Collectors.joining(",", "[", "]")) + "]";
    }

    /** {@code GET /v2/candles/trade:1m:tBTCUSD/hist?sort=1&start=&end=&limit=} over {@code source}. */
    static Function<RecordedRequest, MockResponse> history(List<Candle> source) {
        return request -> {
            HttpUrl url = request.getUrl();
            if (!url.encodedPath().equals("/v2/candles/" + KEY + "/hist")) {
                return new MockResponse.Builder().code(500).body("[\"error\",10020,\"not in the fake\"]").build();
            }
            long start = Long.parseLong(url.queryParameter("start"));
            long end = Long.parseLong(url.queryParameter("end"));
            int limit = Integer.parseInt(url.queryParameter("limit"));
            String rows = source.stream().filter(c -> c.openTime() >= start && c.openTime() <= end).limit(limit)
                    .map(FakeBitfinexStream::row).collect(Collectors.joining(",", "[", "]"));
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(rows)
                    .build();
        };
    }
}
