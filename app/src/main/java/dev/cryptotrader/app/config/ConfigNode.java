package dev.cryptotrader.app.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One value of the config file with where it is: its key path ({@code watchlist[1].timeframe}) and its line. Every
 * accessor checks the JSON type and turns a problem into a {@link ConfigFileException} that names both.
 */
final class ConfigNode {

    private final LocatedJson doc;
    private final JsonNode node;
    private final JsonPointer pointer;
    private final String path;

    ConfigNode(LocatedJson doc, JsonNode node, JsonPointer pointer, String path) {
        this.doc = doc;
        this.node = node;
        this.pointer = pointer;
        this.path = path;
    }

    /** Where this value is, as errors name it: {@code config.json, line 9, shortcuts.chart.live}. */
    String where() {
        int line = doc.lineOf(pointer);
        return doc.file() + (line > 0 ? ", line " + line : "") + (path.isEmpty() ? "" : ", " + path);
    }

    ConfigFileException problem(String message) {
        return new ConfigFileException(doc.file(), doc.lineOf(pointer), path, message);
    }

    /** The object's members, in file order, after checking that each key is one of {@code known}. */
    Map<String, ConfigNode> object(Set<String> known) {
        if (!node.isObject()) {
            throw problem("must be a JSON object {...}, found " + describe(node));
        }
        Map<String, ConfigNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            ConfigNode member = new ConfigNode(doc, e.getValue(), pointer.appendProperty(e.getKey()),
                    path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            if (known != null && !known.contains(e.getKey())) {
                throw member.problem("unknown key '" + e.getKey() + "'; known keys here: "
                        + String.join(", ", new TreeSet<>(known)));
            }
            members.put(e.getKey(), member);
        }
        return members;
    }

    /** The object's members when any key is allowed (a map such as exchange name to settings). */
    Map<String, ConfigNode> map() {
        return object(null);
    }

    List<ConfigNode> array() {
        if (!node.isArray()) {
            throw problem("must be a JSON array [...], found " + describe(node));
        }
        List<ConfigNode> elements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            elements.add(new ConfigNode(doc, node.get(i), pointer.appendIndex(i), path + "[" + i + "]"));
        }
        return elements;
    }

    boolean isArray() {
        return node.isArray();
    }

    String text() {
        if (!node.isTextual()) {
            throw problem("must be a string in double quotes, found " + describe(node));
        }
        return node.textValue();
    }

    double number() {
        if (!node.isNumber()) {
            throw problem("must be a number, found " + describe(node));
        }
        return node.doubleValue();
    }

    /** The string converted by {@code parser}; the parser's complaint becomes this key's problem. */
    <T> T as(Function<String, T> parser) {
        String text = text();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw problem(e.getMessage());
        }
    }

    static <T> Optional<T> optional(Map<String, ConfigNode> members, String key, Function<ConfigNode, T> read) {
        ConfigNode member = members.get(key);
        return member == null || member.node.isNull() ? Optional.empty() : Optional.of(read.apply(member));
    }

    ConfigNode required(Map<String, ConfigNode> members, String key) {
        ConfigNode member = members.get(key);
        if (member == null) {
            throw problem("'" + key + "' is missing");
        }
        return member;
    }

    private static String describe(JsonNode n) {
        return switch (n.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + n.textValue() + "\"";
            case NUMBER -> "the number " + n;
            case BOOLEAN -> n.toString();
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
