package dev.cryptotrader.trading.venue.bitfinex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;
import dev.cryptotrader.trading.venue.http.HttpResult;
import dev.cryptotrader.trading.venue.http.JsonBodies;
import dev.cryptotrader.trading.venue.http.Reply;
import dev.cryptotrader.trading.venue.http.VenueHttp;
import okhttp3.HttpUrl;

import java.util.ArrayList;
import java.util.List;

/**
 * Bitfinex API v2 public REST calls returning Bitfinex's own shapes. Bitfinex answers errors as
 * {@code ["error", 10020, "limit: invalid"]} (often with HTTP 500) and rate limits as
 * {@code {"error":"ERR_RATE_LIMIT"}}.
 */
public final class BitfinexRawClient {

    /** {@code GET /v2/ticker/tSYMBOL} for a trading pair: 10 fields, no symbol (docs: rest-public-ticker). */
    public record TradingTicker(String bid, String bidSize, String ask, String askSize, String dailyChange,
                                String dailyChangeRelative, String lastPrice, String volume, String high, String low) {
        static final int FIELDS = 10;
    }

    private final VenueHttp http;
    private final BitfinexRateLimits limits;

    BitfinexRawClient(VenueHttp http, BitfinexRateLimits limits) {
        this.http = http;
        this.limits = limits;
    }

    /**
     * {@code GET /v2/candles/trade:TF:SYMBOL/hist?sort=1&start=&end=&limit=}: rows
     * {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]} oldest first ({@code sort=1}); {@code start} and {@code end} are
     * milliseconds and both inclusive. The answer as it came, unread: {@code KlinePageReader} reads plain pages,
     * {@link #candles(HttpResult)} any answer.
     */
    public HttpResult candlesAnswer(String timeframeKey, String symbol, long start, long end, int limit) {
        HttpUrl url = http.url("v2/candles/trade:" + timeframeKey + ":" + symbol + "/hist")
                .addQueryParameter("sort", "1")
                .addQueryParameter("start", Long.toString(start))
                .addQueryParameter("end", Long.toString(end))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return http.get(url, limits.candles, 1);
    }

    /** A candles answer read the general way: Bitfinex errors, JSON and nesting checked, cells as text. */
    public Reply<List<String[]>> candles(HttpResult result) {
        return new Reply<>(result.request(), JsonBodies.rows(Exchange.BITFINEX, result, json(result)));
    }

    public Reply<TradingTicker> ticker(String symbol) {
        HttpResult result = http.get(http.url("v2/ticker/" + symbol).build(), limits.ticker, 1);
        JsonNode t = json(result);
        if (!t.isArray() || t.isEmpty()) {
            throw JsonBodies.failure(Exchange.BITFINEX, result, Kind.VENUE_ERROR, "no ticker for " + symbol
                    + " (the answer is " + JsonBodies.describe(t) + (t.isArray() ? ", empty" : "") + ")");
        }
        if (t.size() != TradingTicker.FIELDS) {
            throw JsonBodies.failure(Exchange.BITFINEX, result, Kind.BAD_RESPONSE, "a trading-pair ticker has "
                    + TradingTicker.FIELDS + " fields, this one has " + t.size());
        }
        String[] f = new String[TradingTicker.FIELDS];
        for (int i = 0; i < f.length; i++) {
            f[i] = JsonBodies.cell(t.get(i));
        }
        return new Reply<>(result.request(),
                new TradingTicker(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]));
    }

    /** {@code GET /v2/conf/pub:list:pair:exchange}: {@code [["BTCUSD","ETHUSD","TESTBTC:TESTUSD",...]]}. */
    public Reply<List<String>> exchangePairs() {
        HttpResult result = http.get(http.url("v2/conf/pub:list:pair:exchange").build(), limits.conf, 1);
        JsonNode outer = json(result);
        if (!outer.isArray() || outer.size() != 1 || !outer.get(0).isArray()) {
            throw JsonBodies.failure(Exchange.BITFINEX, result, Kind.BAD_RESPONSE,
                    "expected [[pair, ...]], found " + JsonBodies.describe(outer));
        }
        List<String> pairs = new ArrayList<>(outer.get(0).size());
        outer.get(0).forEach(p -> pairs.add(JsonBodies.cell(p)));
        return new Reply<>(result.request(), pairs);
    }

    private static JsonNode json(HttpResult result) {
        JsonNode json = JsonBodies.parse(Exchange.BITFINEX, result);
        if (json.isArray() && !json.isEmpty() && "error".equals(json.get(0).textValue())) {
            String code = json.size() > 1 ? JsonBodies.cell(json.get(1)) : "?";
            String message = json.size() > 2 ? JsonBodies.cell(json.get(2)) : "";
            throw JsonBodies.failure(Exchange.BITFINEX, result, Kind.VENUE_ERROR, "Bitfinex error " + code + ": "
                    + message + " (HTTP " + result.status() + ")");
        }
        if (json.isObject() && json.has("error")) {
            String error = JsonBodies.field(json, "error");
            throw JsonBodies.failure(Exchange.BITFINEX, result,
                    "ERR_RATE_LIMIT".equals(error) ? Kind.RATE_LIMITED : Kind.VENUE_ERROR,
                    "Bitfinex error " + error + " (HTTP " + result.status() + ")");
        }
        JsonBodies.requireSuccess(Exchange.BITFINEX, result);
        return json;
    }
}
