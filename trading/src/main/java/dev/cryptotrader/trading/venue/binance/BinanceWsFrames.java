package dev.cryptotrader.trading.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.http.JsonBodies;

/**
 * Binance spot WebSocket frames in Binance's own shapes (binance-spot-api-docs, web-socket-streams.md): answers to our
 * requests ({@code {"result":null,"id":1}}), request errors ({@code {"error":{"code":2,"msg":...},"id":1}}), kline
 * events ({@code {"e":"kline","s":"BNBBTC","k":{...}}}) and {@code serverShutdown}. Events of a combined stream come
 * wrapped as {@code {"stream":"<name>","data":<event>}}; the wrapper's name is kept.
 */
public final class BinanceWsFrames {

    public sealed interface Frame permits Reply, RequestError, Kline, ServerShutdown, OtherEvent {
    }

    /** The answer to one of our requests; {@code result} is null for SUBSCRIBE, the stream list for a listing. */
    public record Reply(String id, JsonNode result) implements Frame {
    }

    public record RequestError(String id, String code, String message) implements Frame {
    }

    /**
     * A kline event.
     *
     * @param stream the combined-stream name, or null on a raw stream
     * @param cells  {@code k}'s fields in the order of a REST kline row:
     *               {@code [t, o, h, l, c, v, T, q, n, V, Q, B]}
     * @param closed {@code k.x}: the bar is final
     */
    public record Kline(String stream, String symbol, String interval, String[] cells, boolean closed)
            implements Frame {
    }

    public record ServerShutdown() implements Frame {
    }

    /** An event type a kline subscription does not expect. */
    public record OtherEvent(String type) implements Frame {
    }

    private static final String[] ROW_FIELDS = {"t", "o", "h", "l", "c", "v", "T", "q", "n", "V", "Q", "B"};
    private static final String[] REQUIRED = {"t", "o", "h", "l", "c", "v", "T"};

    private BinanceWsFrames() {
    }

    public static Frame parse(String text) {
        Kline kline = KlineEventReader.read(text); // the frame a stream sends all day, without a JSON tree
        return kline != null ? kline : parseTree(text);
    }

    /**
     * Any frame, read as a JSON tree: what {@link #parse} does with every frame that is not a plain kline event (public
     * for the benchmark that compares the two).
     */
    public static Frame parseTree(String text) {
        JsonNode json = JsonBodies.parseFrame(text);
        if (!json.isObject()) {
            throw new BadPayloadException("expected a JSON object, found " + JsonBodies.describe(json));
        }
        if (json.has("stream") && json.has("data")) {
            return event(json.get("data"), JsonBodies.field(json, "stream"));
        }
        if (json.has("id") && json.has("result")) {
            return new Reply(JsonBodies.field(json, "id"), json.get("result"));
        }
        if (json.has("error") && json.get("error").isObject()) {
            JsonNode error = json.get("error");
            return new RequestError(JsonBodies.field(json, "id"), JsonBodies.field(error, "code"),
                    JsonBodies.field(error, "msg"));
        }
        if (json.has("code") && json.has("msg")) {
            return new RequestError(JsonBodies.field(json, "id"), JsonBodies.field(json, "code"),
                    JsonBodies.field(json, "msg"));
        }
        return event(json, null);
    }

    private static Frame event(JsonNode json, String stream) {
        String type = JsonBodies.field(json, "e");
        if (type == null) {
            throw new BadPayloadException("an object that is neither a reply nor an event (no 'e')");
        }
        return switch (type) {
            case "kline" -> kline(json, stream);
            case "serverShutdown" -> new ServerShutdown();
            default -> new OtherEvent(type);
        };
    }

    private static Kline kline(JsonNode json, String stream) {
        JsonNode k = json.get("k");
        if (k == null || !k.isObject()) {
            throw new BadPayloadException("kline event without its 'k' object");
        }
        for (String field : REQUIRED) {
            if (k.get(field) == null || k.get(field).isNull()) {
                throw new BadPayloadException("kline event without k." + field);
            }
        }
        JsonNode x = k.get("x");
        if (x == null || !x.isBoolean()) {
            throw new BadPayloadException("kline event whose k.x is not true or false");
        }
        String[] cells = new String[ROW_FIELDS.length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = JsonBodies.field(k, ROW_FIELDS[i]);
        }
        return new Kline(stream, JsonBodies.field(k, "s"), JsonBodies.field(k, "i"), cells, x.booleanValue());
    }
}
