package dev.cryptotrader.trading.venue.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.http.JsonBodies;

/**
 * KuCoin WebSocket frames in KuCoin's own shapes (kucoin.com/docs-new, "Websocket" introduction and the Klines topic):
 * every frame is an object with a {@code type}: {@code welcome}, {@code ack}, {@code pong}, {@code error} or
 * {@code message}. A candle message carries {@code data.candles}, seven strings
 * {@code [time(s), open, close, high, low, volume, turnover]}, the REST row layout.
 */
public final class KucoinWsFrames {

    public sealed interface Frame permits Welcome, Ack, Pong, Error, Message, Other {
    }

    public record Welcome(String id) implements Frame {
    }

    public record Ack(String id) implements Frame {
    }

    public record Pong(String id) implements Frame {
    }

    /** {@code {"id":...,"type":"error","code":404,"data":"topic ... is not found"}}. */
    public record Error(String id, String code, String data) implements Frame {
    }

    public record Message(String topic, String subject, String[] candles) implements Frame {
    }

    public record Other(String type) implements Frame {
    }

    private KucoinWsFrames() {
    }

    public static Frame parse(String text) {
        JsonNode json = JsonBodies.parseFrame(text);
        if (!json.isObject()) {
            throw new BadPayloadException("expected a JSON object, found " + JsonBodies.describe(json));
        }
        String type = JsonBodies.field(json, "type");
        if (type == null) {
            throw new BadPayloadException("an object without 'type'");
        }
        String id = JsonBodies.field(json, "id");
        return switch (type) {
            case "welcome" -> new Welcome(id);
            case "ack" -> new Ack(id);
            case "pong" -> new Pong(id);
            case "error" -> new Error(id, JsonBodies.field(json, "code"), JsonBodies.field(json, "data"));
            case "message" -> message(json);
            default -> new Other(type);
        };
    }

    private static Message message(JsonNode json) {
        JsonNode candles = json.path("data").path("candles");
        if (!candles.isArray()) {
            throw new BadPayloadException("a message without data.candles");
        }
        String[] cells = new String[candles.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = JsonBodies.cell(candles.get(i));
        }
        return new Message(JsonBodies.field(json, "topic"), JsonBodies.field(json, "subject"), cells);
    }
}
