package dev.cryptotrader.trading.venue.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The fast path for the frame a kline stream sends all day: a raw kline event ({@code {"e":"kline","E":..,"s":..,
 * "k":{..}}}, the shape of DOCEX_ws_kline_event.json), read token by token into a {@link BinanceWsFrames.Kline}
 * without building a JSON tree. A busy stream sends one a millisecond; as a tree each cost about 5 KB of garbage (a
 * map per object, a node per value), which kept the collector pausing the app every few seconds.
 *
 * <p>It accepts only what the tree reading would accept with the same result: exactly the known fields, each once,
 * scalars where scalars belong, nothing after the object. Anything else (another frame, an unknown or repeated field,
 * malformed JSON) returns null, and {@link BinanceWsFrames#parse} reads the frame the full way, which also words the
 * errors. Cells are written as the tree reading writes them ({@code JsonBodies.cell}): strings as sent, integers in
 * plain digits, decimals as {@code BigDecimal.toString()}.
 */
final class KlineEventReader {

    private static final JsonFactory JSON = new JsonFactory();
    /** {@code k}'s fields, the row's first (in the order of {@code BinanceWsFrames.Kline#cells}), then the others. */
    private static final String[] K_FIELDS = {"t", "o", "h", "l", "c", "v", "T", "q", "n", "V", "Q", "B",
            "s", "i", "f", "L", "x"};
    private static final int ROW = 12;
    private static final int SYMBOL = 12;
    private static final int INTERVAL = 13;
    private static final int CLOSED = 16; // x: read as a boolean, not a cell
    /** Fields the tree reading requires ({@code t o h l c v T}, and {@code x}). */
    private static final int REQUIRED = 0b1_0000_0000_0111_1111;

    private KlineEventReader() {
    }

    /** The kline event in {@code frame}, or null when the frame is anything else and needs the full reading. */
    static BinanceWsFrames.Kline read(String frame) {
        try (JsonParser p = JSON.createParser(frame)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            BinanceWsFrames.Kline kline = null;
            int seen = 0; // bits: e, E, s, k
            boolean isKline = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                int bit = switch (name) {
                    case "e" -> 1;
                    case "E" -> 2;
                    case "s" -> 4;
                    case "k" -> 8;
                    default -> 0;
                };
                if (bit == 0 || (seen & bit) != 0) {
                    return null;
                }
                seen |= bit;
                JsonToken value = p.nextToken();
                if (bit == 8) {
                    if (value != JsonToken.START_OBJECT || (kline = k(p)) == null) {
                        return null;
                    }
                } else if (!value.isScalarValue()) {
                    return null;
                } else if (bit == 1) {
                    isKline = value == JsonToken.VALUE_STRING && "kline".equals(p.getText());
                }
            }
            // The loop ended at the object's end (or at a token the tree would refuse); nothing may follow it.
            return isKline && kline != null && p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null
                    ? kline : null;
        } catch (IOException | RuntimeException malformed) {
            return null; // the full reading says what is wrong
        }
    }

    private static BinanceWsFrames.Kline k(JsonParser p) throws IOException {
        String[] cells = new String[K_FIELDS.length];
        int seen = 0;
        boolean closed = false;
        JsonToken t;
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            int i = indexOf(p.currentName());
            if (i < 0 || (seen & (1 << i)) != 0) {
                return null;
            }
            seen |= 1 << i;
            JsonToken value = p.nextToken();
            if (i == CLOSED) {
                if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                    return null; // the full reading refuses an x that is not true or false
                }
                closed = value == JsonToken.VALUE_TRUE;
            } else if (!value.isScalarValue()) {
                return null;
            } else {
                cells[i] = cell(p, value);
            }
        }
        if (t != JsonToken.END_OBJECT || (seen & REQUIRED) != REQUIRED || missingRequired(cells)) {
            return null;
        }
        String[] row = new String[ROW];
        System.arraycopy(cells, 0, row, 0, ROW);
        return new BinanceWsFrames.Kline(null, cells[SYMBOL], cells[INTERVAL], row, closed);
    }

    /** A required field sent as JSON null: the full reading refuses it. */
    private static boolean missingRequired(String[] cells) {
        for (int i = 0; i < 7; i++) {
            if (cells[i] == null) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(String name) {
        for (int i = 0; i < K_FIELDS.length; i++) {
            if (K_FIELDS[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A scalar as {@code JsonBodies.cell} writes it. */
    private static String cell(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> Integer.toString(p.getIntValue());
                case LONG -> Long.toString(p.getLongValue());
                default -> p.getBigIntegerValue().toString();
            };
            case VALUE_NUMBER_FLOAT -> p.getDecimalValue().toString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            default -> throw new IllegalStateException("not a scalar: " + value);
        };
    }
}
