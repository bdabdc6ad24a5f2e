package dev.cryptotrader.trading.venue.kucoin;

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
 * KuCoin spot public REST calls returning KuCoin's own shapes. Every answer is wrapped as
 * {@code {"code":"200000","data":...}}; any other code is an error, explained in {@code msg}.
 */
public final class KucoinRawClient {

    static final String OK = "200000";

    /** One entry of {@code GET /api/v2/symbols} (the fields we use). */
    public record Symbol(String symbol, String baseCurrency, String quoteCurrency, boolean enableTrading) {
    }

    /** {@code GET /api/v1/market/stats?symbol=} (the fields we use; decimal strings, null for unknown symbols). */
    public record Stats(String symbol, String buy, String sell, String last, String vol) {
    }

    /** One of {@code instanceServers}: where to connect and how often to ping (milliseconds). */
    public record InstanceServer(String endpoint, long pingIntervalMillis, long pingTimeoutMillis) {
    }

    /** {@code POST /api/v1/bullet-public}: a temporary token and the servers it is valid for. */
    public record Bullet(String token, List<InstanceServer> instanceServers) {
    }

    private final VenueHttp http;
    private final KucoinRateLimits limits;

    KucoinRawClient(VenueHttp http, KucoinRateLimits limits) {
        this.http = http;
        this.limits = limits;
    }

    /**
     * {@code GET /api/v1/market/candles}: {@code startAt}/{@code endAt} in <em>seconds</em>; rows
     * {@code [time(s),open,close,high,low,volume,turnover]} as strings, newest first, at most 1500. The answer as it
     * came, unread: {@code KlinePageReader} reads plain pages, {@link #candles(HttpResult)} any answer.
     */
    public HttpResult candlesAnswer(String symbol, String type, long startAtSeconds, long endAtSeconds) {
        HttpUrl url = http.url("api/v1/market/candles")
                .addQueryParameter("type", type)
                .addQueryParameter("symbol", symbol)
                .addQueryParameter("startAt", Long.toString(startAtSeconds))
                .addQueryParameter("endAt", Long.toString(endAtSeconds))
                .build();
        return http.get(url, limits.publicPool, KucoinRateLimits.KLINES_WEIGHT);
    }

    /** A candles answer read the general way: envelope, KuCoin errors, JSON and nesting checked, cells as text. */
    public Reply<List<String[]>> candles(HttpResult result) {
        return new Reply<>(result.request(), JsonBodies.rows(Exchange.KUCOIN, result, data(result)));
    }

    /**
     * {@code POST /api/v1/bullet-public}: the public WebSocket token (docs: "Get Public Token - Spot/Margin", public
     * pool weight 10). Needed before every connection.
     */
    public Reply<Bullet> bulletPublic() {
        HttpResult result = http.post(http.url("api/v1/bullet-public").build(), limits.publicPool,
                KucoinRateLimits.BULLET_WEIGHT);
        JsonNode d = data(result);
        String token = JsonBodies.field(d, "token");
        JsonNode servers = d.path("instanceServers");
        if (token == null || token.isBlank() || !servers.isArray() || servers.isEmpty()) {
            throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE,
                    "the token answer lacks a token or instanceServers");
        }
        List<InstanceServer> out = new ArrayList<>(servers.size());
        for (JsonNode s : servers) {
            String endpoint = JsonBodies.field(s, "endpoint");
            if (endpoint == null || !s.path("pingInterval").canConvertToExactIntegral()) {
                throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE,
                        "an instance server without endpoint or numeric pingInterval");
            }
            out.add(new InstanceServer(endpoint, s.get("pingInterval").longValue(),
                    s.path("pingTimeout").asLong(0)));
        }
        return new Reply<>(result.request(), new Bullet(token, out));
    }

    public Reply<List<Symbol>> symbols() {
        HttpResult result = http.get(http.url("api/v2/symbols").build(), limits.publicPool,
                KucoinRateLimits.SYMBOLS_WEIGHT);
        JsonNode data = data(result);
        if (!data.isArray()) {
            throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE, "'data' is not an array of symbols");
        }
        List<Symbol> out = new ArrayList<>(data.size());
        for (JsonNode s : data) {
            out.add(new Symbol(JsonBodies.field(s, "symbol"), JsonBodies.field(s, "baseCurrency"),
                    JsonBodies.field(s, "quoteCurrency"), s.path("enableTrading").asBoolean(false)));
        }
        return new Reply<>(result.request(), out);
    }

    public Reply<Stats> stats(String symbol) {
        HttpUrl url = http.url("api/v1/market/stats").addQueryParameter("symbol", symbol).build();
        HttpResult result = http.get(url, limits.publicPool, KucoinRateLimits.STATS_WEIGHT);
        JsonNode d = data(result);
        if (!d.isObject()) {
            throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE,
                    "'data' is " + JsonBodies.describe(d) + ", not the stats object");
        }
        return new Reply<>(result.request(), new Stats(JsonBodies.field(d, "symbol"), JsonBodies.field(d, "buy"),
                JsonBodies.field(d, "sell"), JsonBodies.field(d, "last"), JsonBodies.field(d, "vol")));
    }

    private static JsonNode data(HttpResult result) {
        JsonNode json = JsonBodies.parse(Exchange.KUCOIN, result);
        if (!json.isObject() || !json.has("code")) {
            JsonBodies.requireSuccess(Exchange.KUCOIN, result);
            throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE,
                    "expected the {\"code\",\"data\"} envelope, found " + JsonBodies.describe(json));
        }
        String code = JsonBodies.field(json, "code");
        if (!OK.equals(code)) {
            String msg = JsonBodies.field(json, "msg");
            throw JsonBodies.failure(Exchange.KUCOIN, result, "429000".equals(code) ? Kind.RATE_LIMITED
                    : result.status() >= 500 ? Kind.UNAVAILABLE : Kind.VENUE_ERROR, "KuCoin error " + code
                    + (msg == null ? "" : ": " + msg) + " (HTTP " + result.status() + ")");
        }
        JsonBodies.requireSuccess(Exchange.KUCOIN, result);
        JsonNode data = json.get("data");
        if (data == null || data.isNull()) {
            throw JsonBodies.failure(Exchange.KUCOIN, result, Kind.BAD_RESPONSE, "code 200000 but no 'data'");
        }
        return data;
    }
}
