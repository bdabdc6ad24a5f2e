package dev.cryptotrader.trading.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.io.IOException;

/**
 * Streaming JSON helpers. We stream rather than bind to a tree because the parser knows each token's line, which
 * errors need. Numbers are taken as the token's text and parsed into {@code BigDecimal}, never through double.
 */
final class JsonSupport {

    /** The body of a read; may throw Jackson's IOExceptions, which become "invalid JSON" with the line. */
    interface JsonBody<T> {
        T read(JsonParser parser) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSupport() {
    }

    static <T> T parse(TextContent content, JsonBody<T> body) {
        try (JsonParser parser = FACTORY.createParser(content.bytes())) {
            return body.read(parser);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            long line = where == null || where.getLineNr() < 0 ? 0 : where.getLineNr();
            throw new ImportException(content.source(), line, "invalid JSON: " + clean(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ImportException(content.source(), 0, "cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** The next token; the end of input inside a value is an error (with its line), never a silent stop. */
    static JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonEOFException(p, null, "Unexpected end-of-input");
        }
        return t;
    }

    /** The line where the current token starts (1-based). */
    static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    /**
     * The text of the current scalar token; a nested array or object is skipped and shown as {@code [...]} or
     * {@code {...}} so the row can still be reported and, in SKIP mode, passed over.
     */
    static String scalarText(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
            p.skipChildren();
            return t == JsonToken.START_ARRAY ? "[...]" : "{...}";
        }
        return p.getText();
    }

    /** Throws unless the current token is {@code expected}. */
    static void expect(JsonParser p, JsonToken expected, String source, String what) throws IOException {
        if (p.currentToken() != expected) {
            throw new ImportException(source, line(p), "expected " + what + ", found " + describe(p));
        }
    }

    /** Anything after the root value (other than whitespace) is an error, not silently ignored. */
    static void expectEnd(JsonParser p, String source) throws IOException {
        if (p.nextToken() != null) {
            throw new ImportException(source, line(p), "unexpected " + describe(p) + " after the end of the JSON data");
        }
    }

    static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "the string '" + Values.shorten(p.getText()) + "'";
            default -> "'" + Values.shorten(p.getText()) + "'";
        };
    }

    // Jackson appends where the enclosing array started, with a redacted source; the line is reported separately.
    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf(" (start marker at");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int nl = message.indexOf('\n');
        return nl >= 0 ? message.substring(0, nl) : message;
    }
}
