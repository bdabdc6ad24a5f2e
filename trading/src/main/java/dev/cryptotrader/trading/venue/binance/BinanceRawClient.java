package dev.cryptotrader.trading.venue.binance;

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
 * Binance spot REST calls returning Binance's own shapes, nothing mapped yet (XChange's "raw" service). Binance
 * answers errors as {@code {"code":-1121,"msg":"Invalid symbol."}}, usually with HTTP 400.
 */
public final class BinanceRawClient {

    /** One {@code symbols[]} entry of {@code GET /api/v3/exchangeInfo} (the fields we use). */
    public record Symbol(String symbol, String status, String baseAsset, String quoteAsset) {
    }

    /** {@code GET /api/v3/ticker/24hr?symbol=} (the fields we use; all decimal strings). */
    public record Ticker24h(String symbol, String bidPrice, String askPrice, String lastPrice, String volume) {
    }

    private final VenueHttp http;
    private final BinanceRateLimits limits;

    BinanceRawClient(VenueHttp http, BinanceRateLimits limits) {
        this.http = http;
        this.limits = limits;
    }

    /**
     * {@code GET /api/v3/klines}: 12-field rows, oldest first; {@code startTime}/{@code endTime} both inclusive. The
     * answer as it came, unread: {@code KlinePageReader} reads plain pages, {@link #klines(HttpResult)} any answer.
     */
    public HttpResult klinesAnswer(String symbol, String interval, long startTime, long endTime, int limit) {
        HttpUrl url = http.url("api/v3/klines")
                .addQueryParameter("symbol", symbol)
                .addQueryParameter("interval", interval)
                .addQueryParameter("startTime", Long.toString(startTime))
                .addQueryParameter("endTime", Long.toString(endTime))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return http.get(url, limits.weight, BinanceRateLimits.KLINES_WEIGHT);
    }

    /** A klines answer read the general way: Binance errors, JSON and nesting checked, cells as text. */
    public Reply<List<String[]>> klines(HttpResult result) {
        return new Reply<>(result.request(), JsonBodies.rows(Exchange.BINANCE, result, json(result)));
    }

    public Reply<List<Symbol>> exchangeInfo() {
        HttpResult result = http.get(http.url("api/v3/exchangeInfo").build(), limits.weight,
                BinanceRateLimits.EXCHANGE_INFO_WEIGHT);
        JsonNode symbols = json(result).path("symbols");
        if (!symbols.isArray()) {
            throw JsonBodies.failure(Exchange.BINANCE, result, Kind.BAD_RESPONSE, "no 'symbols' array");
        }
        List<Symbol> out = new ArrayList<>(symbols.size());
        for (JsonNode s : symbols) {
            out.add(new Symbol(JsonBodies.field(s, "symbol"), JsonBodies.field(s, "status"),
                    JsonBodies.field(s, "baseAsset"), JsonBodies.field(s, "quoteAsset")));
        }
        return new Reply<>(result.request(), out);
    }

    public Reply<Ticker24h> ticker24hr(String symbol) {
        HttpUrl url = http.url("api/v3/ticker/24hr").addQueryParameter("symbol", symbol).build();
        HttpResult result = http.get(url, limits.weight, BinanceRateLimits.TICKER_24HR_WEIGHT);
        JsonNode t = json(result);
        if (!t.isObject()) {
            throw JsonBodies.failure(Exchange.BINANCE, result, Kind.BAD_RESPONSE,
                    "expected a ticker object, found " + JsonBodies.describe(t));
        }
        return new Reply<>(result.request(), new Ticker24h(JsonBodies.field(t, "symbol"),
                JsonBodies.field(t, "bidPrice"), JsonBodies.field(t, "askPrice"), JsonBodies.field(t, "lastPrice"),
                JsonBodies.field(t, "volume")));
    }

    private static JsonNode json(HttpResult result) {
        JsonNode json = JsonBodies.parse(Exchange.BINANCE, result);
        if (json.isObject() && json.has("code") && json.has("msg")) {
            throw JsonBodies.failure(Exchange.BINANCE, result, result.status() >= 500 ? Kind.UNAVAILABLE
                    : Kind.VENUE_ERROR, "Binance error " + JsonBodies.field(json, "code") + ": "
                    + JsonBodies.field(json, "msg") + " (HTTP " + result.status() + ")");
        }
        JsonBodies.requireSuccess(Exchange.BINANCE, result);
        return json;
    }
}
