package dev.cryptotrader.app.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON document with the line each value starts on, so a bad value can be reported by line as well as by key.
 * Jackson's tree forgets locations; one pass over the tokens first records them (and catches syntax errors and
 * duplicate keys with their line), then the tree is built from the same text.
 */
final class LocatedJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final Path file;
    private final JsonNode root;
    private final Map<String, Integer> lines;

    private LocatedJson(Path file, JsonNode root, Map<String, Integer> lines) {
        this.file = file;
        this.root = root;
        this.lines = lines;
    }

    static LocatedJson parse(Path file, String text) {
        if (text.isBlank()) {
            throw new ConfigFileException(file, 0, "", "the file is empty; write a JSON object, at least {}");
        }
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line(p.currentTokenLocation()));
                if (p.getParsingContext().inRoot() && (t.isScalarValue() || t.isStructEnd())) {
                    if (p.nextToken() != null) {
                        throw new ConfigFileException(file, line(p.currentTokenLocation()), "",
                                "more content after the end of the JSON document");
                    }
                    break;
                }
            }
            return new LocatedJson(file, MAPPER.readTree(text), lines);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at == null ? "" : " (column " + at.getColumnNr() + ")";
            throw new ConfigFileException(file, at == null ? 0 : line(at), "",
                    "not valid JSON" + column + ": " + readable(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigFileException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    ConfigNode root() {
        return new ConfigNode(this, root, JsonPointer.empty(), "");
    }

    /** The line {@code pointer}'s value starts on, or its nearest recorded parent's; 0 if unknown. */
    int lineOf(JsonPointer pointer) {
        for (JsonPointer p = pointer; p != null; p = p.head()) {
            Integer line = lines.get(p.toString());
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** Jackson points at an unclosed bracket with a source description that says nothing to a user; keep the line. */
    static String readable(String jacksonMessage) {
        return jacksonMessage
                .replaceAll("\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)",
                        "(opened on line $1)")
                .replaceAll("at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]", "on line $1")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "");
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }
}
