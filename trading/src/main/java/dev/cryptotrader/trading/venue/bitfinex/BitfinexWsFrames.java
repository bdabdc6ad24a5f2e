package dev.cryptotrader.trading.venue.bitfinex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.http.JsonBodies;

import java.util.ArrayList;
import java.util.List;

/**
 * Bitfinex WebSocket v2 frames in Bitfinex's own shapes, nothing mapped yet (docs.bitfinex.com/docs/ws-general and
 * /reference/ws-public-candles). Events are objects ({@code {"event":"subscribed","chanId":343351,...}}); channel data
 * is {@code [CHAN_ID, payload]} where the payload is {@code "hb"}, a snapshot (array of rows, newest first) or one
 * row {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]}.
 */
public final class BitfinexWsFrames {

    /** A frame, as Bitfinex sends it. */
    public sealed interface Frame permits Info, Subscribed, Error, OtherEvent, Heartbeat, Snapshot, Update {
    }

    /** {@code {"event":"info",...}}: the greeting (version, platform status) or a numbered notice like 20051. */
    public record Info(String code, String message, String platformStatus) implements Frame {
    }

    public record Subscribed(String channel, long chanId, String key) implements Frame {
    }

    /** {@code {"event":"error","msg":"symbol: invalid","code":10300}}. */
    public record Error(String code, String message) implements Frame {
    }

    /** {@code pong}, {@code conf}, {@code unsubscribed}: events a candle subscription has no use for. */
    public record OtherEvent(String event) implements Frame {
    }

    public record Heartbeat(long chanId) implements Frame {
    }

    public record Snapshot(long chanId, List<String[]> rows) implements Frame {
    }

    public record Update(long chanId, String[] row) implements Frame {
    }

    private BitfinexWsFrames() {
    }

    /** @throws BadPayloadException for anything that is neither an event object nor a channel array */
    public static Frame parse(String text) {
        JsonNode json = JsonBodies.parseFrame(text);
        if (json.isObject()) {
            return event(json);
        }
        if (!json.isArray() || json.size() < 2 || !json.get(0).canConvertToExactIntegral()) {
            throw new BadPayloadException("neither an event object nor a [CHAN_ID, payload] array");
        }
        long chanId = json.get(0).longValue();
        JsonNode payload = json.get(1);
        if (payload.isTextual() && "hb".equals(payload.textValue())) {
            return new Heartbeat(chanId);
        }
        if (!payload.isArray()) {
            throw new BadPayloadException("channel " + chanId + " sent " + JsonBodies.describe(payload)
                    + ", which is neither \"hb\" nor candle data");
        }
        if (payload.isEmpty() || payload.get(0).isArray()) {
            List<String[]> rows = new ArrayList<>(payload.size());
            for (int i = 0; i < payload.size(); i++) {
                if (!payload.get(i).isArray()) {
                    throw new BadPayloadException("snapshot row " + (i + 1) + " is not an array");
                }
                rows.add(cells(payload.get(i)));
            }
            return new Snapshot(chanId, rows);
        }
        return new Update(chanId, cells(payload));
    }

    private static Frame event(JsonNode json) {
        String event = JsonBodies.field(json, "event");
        if (event == null) {
            throw new BadPayloadException("an object without 'event'");
        }
        return switch (event) {
            case "info" -> new Info(JsonBodies.field(json, "code"), JsonBodies.field(json, "msg"),
                    JsonBodies.cell(json.path("platform").get("status")));
            case "subscribed" -> {
                if (!json.path("chanId").canConvertToExactIntegral()) {
                    throw new BadPayloadException("'subscribed' without a numeric chanId");
                }
                yield new Subscribed(JsonBodies.field(json, "channel"), json.get("chanId").longValue(),
                        JsonBodies.field(json, "key"));
            }
            case "error" -> new Error(JsonBodies.field(json, "code"), JsonBodies.field(json, "msg"));
            default -> new OtherEvent(event);
        };
    }

    private static String[] cells(JsonNode row) {
        String[] cells = new String[row.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = JsonBodies.cell(row.get(c));
        }
        return cells;
    }
}
