package dev.cryptotrader.trading.venue.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading venue bodies as JSON, with errors that say what came back instead. Numbers are kept exact: floats become
 * {@code BigDecimal} (never {@code double}), and a cell's text is what the venue wrote, ready for the same decimal
 * parser the importer uses.
 */
public final class JsonBodies {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int SNIPPET = 120;

    private JsonBodies() {
    }

    /** The body as JSON; an empty body, an HTML page (a proxy's or CDN's error page) or malformed JSON is refused. */
    public static JsonNode parse(Exchange exchange, HttpResult result) {
        String body = result.body().strip();
        if (body.isEmpty()) {
            throw failure(exchange, result, unreadable(result), "the body is empty (HTTP " + result.status() + ")");
        }
        if (body.startsWith("<")) {
            Matcher title = HTML_TITLE.matcher(body);
            String named = title.find() ? " '" + snippet(title.group(1)) + "'" : "";
            throw failure(exchange, result, unreadable(result), "an HTML page" + named
                    + " came back instead of JSON (HTTP " + result.status() + ")");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw failure(exchange, result, unreadable(result), "malformed JSON (HTTP " + result.status() + ")" + where
                    + ": " + withoutMarker(e.getOriginalMessage()));
        }
    }

    /**
     * One WebSocket frame as JSON, read like a REST body (exact decimals, duplicate keys refused).
     *
     * @throws BadPayloadException naming what is wrong, for the stream session to report with the frame
     */
    public static JsonNode parseFrame(String frame) {
        String text = frame == null ? "" : frame.strip();
        if (text.isEmpty()) {
            throw new BadPayloadException("the frame is empty");
        }
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            throw new BadPayloadException("malformed JSON" + where + ": " + withoutMarker(e.getOriginalMessage()));
        }
    }

    /** A non-2xx answer that no venue rule explained: 5xx means the venue is down, 4xx that it refused us. */
    public static void requireSuccess(Exchange exchange, HttpResult result) {
        if (!result.isSuccess()) {
            throw failure(exchange, result, result.status() >= 500 ? Kind.UNAVAILABLE : Kind.VENUE_ERROR,
                    "HTTP " + result.status() + ": " + snippet(result.body()));
        }
    }

    public static ExchangeException failure(Exchange exchange, HttpResult result, Kind kind, String problem) {
        return new ExchangeException(exchange, kind, result.request() + ": " + problem);
    }

    /** An array of arrays as rows of cell texts; the field count is the mapper's check, the nesting is ours. */
    public static List<String[]> rows(Exchange exchange, HttpResult result, JsonNode array) {
        if (!array.isArray()) {
            throw failure(exchange, result, Kind.BAD_RESPONSE, "expected an array of kline rows, found "
                    + describe(array));
        }
        List<String[]> rows = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            if (!row.isArray()) {
                throw failure(exchange, result, Kind.BAD_RESPONSE, "row " + (i + 1) + " is not an array but "
                        + describe(row));
            }
            String[] cells = new String[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(row.get(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A scalar's text as the venue wrote it ({@code 3870.1}, {@code "43519.34000000"}); null for JSON null. */
    public static String cell(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toString(); // exponent form for huge values: never expands 1e999999
        }
        if (node.isContainerNode()) {
            return node.isArray() ? "[...]" : "{...}";
        }
        return node.asText();
    }

    /** A field's scalar text, or null when the field is missing or null. */
    public static String field(JsonNode object, String name) {
        return cell(object.get(name));
    }

    public static String describe(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "'" + snippet(node.asText()) + "'";
    }

    public static String snippet(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 3) + "...";
    }

    private static Kind unreadable(HttpResult result) {
        if (result.status() >= 500) {
            return Kind.UNAVAILABLE;
        }
        return result.isSuccess() ? Kind.BAD_RESPONSE : Kind.VENUE_ERROR;
    }

    // Jackson appends where the enclosing array started, with a redacted source; the position is reported already.
    private static String withoutMarker(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf(" (start marker at");
        String m = cut >= 0 ? message.substring(0, cut) : message;
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
