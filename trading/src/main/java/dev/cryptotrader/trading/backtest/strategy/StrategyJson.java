package dev.cryptotrader.trading.backtest.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarative strategy form the CLI and the UI read and write. Two shapes:
 * <pre>
 * {"strategy": "sma-cross", "params": {"fast": 20, "slow": 100}}
 * {"name": "my-rule", "side": "long",
 *  "entry": {"crosses_above": ["sma(20)", "sma(100)"]},
 *  "exit": {"any": [{"crosses_below": ["sma(20)", "sma(100)"]}, {"above": ["rsi(14)", 75]}]}}
 * </pre>
 * Every error is a {@link StrategyJsonException} naming the JSON path and the problem. docs/STRATEGIES.md has the
 * full grammar.
 */
public final class StrategyJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> BUILT_IN_KEYS = List.of("strategy", "params");
    private static final List<String> RULE_KEYS = List.of("name", "side", "entry", "exit");

    private StrategyJson() {
    }

    /** A strategy from JSON, built-ins looked up in {@link StrategyCatalog#builtIn()}. */
    public static Strategy parse(String json) {
        return parse(json, StrategyCatalog.builtIn());
    }

    public static Strategy parse(String json, StrategyCatalog catalog) {
        JsonNode root = read(json);
        if (!root.isObject()) {
            throw new StrategyJsonException("", "expected a JSON object, got " + RuleJsonReader.type(root));
        }
        if (root.has("strategy")) {
            return builtIn((ObjectNode) root, catalog);
        }
        if (root.has("entry") || root.has("exit")) {
            return rule((ObjectNode) root);
        }
        throw new StrategyJsonException("", "expected \"strategy\" (a built-in with \"params\") or \"entry\" and"
                + " \"exit\" (a rule strategy)");
    }

    private static JsonNode read(String json) {
        try {
            JsonNode root = json == null ? null : MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new StrategyJsonException("", "empty document: expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new StrategyJsonException("", "invalid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static Strategy builtIn(ObjectNode root, StrategyCatalog catalog) {
        RuleJsonReader.onlyKeys(root, "", BUILT_IN_KEYS, "a built-in strategy");
        JsonNode id = root.get("strategy");
        if (!id.isTextual()) {
            throw new StrategyJsonException("strategy", "expected a strategy id such as \"sma-cross\", got "
                    + RuleJsonReader.type(id));
        }
        StrategyDescriptor descriptor = catalog.find(id.asText()).orElseThrow(() -> new StrategyJsonException(
                "strategy", "unknown strategy '" + id.asText() + "' (known: " + String.join(", ", catalog.ids())
                + ")"));
        Map<String, Double> params = new LinkedHashMap<>();
        JsonNode given = root.get("params");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw new StrategyJsonException("params", "expected an object of parameter values, got "
                        + RuleJsonReader.type(given));
            }
            for (Map.Entry<String, JsonNode> field : given.properties()) {
                String path = "params." + field.getKey();
                ParamSpec spec = descriptor.parameters().stream().filter(p -> p.name().equals(field.getKey()))
                        .findFirst().orElseThrow(() -> new StrategyJsonException(path, "unknown parameter ("
                                + descriptor.id() + " takes: " + String.join(", ", descriptor.parameterNames())
                                + ")"));
                double value = number(field.getValue(), path);
                try {
                    spec.check(value);
                } catch (IllegalArgumentException e) {
                    throw new StrategyJsonException(path, e.getMessage());
                }
                params.put(field.getKey(), value);
            }
        }
        try {
            return catalog.create(descriptor.id(), params);
        } catch (IllegalArgumentException e) {
            throw new StrategyJsonException("params", e.getMessage());
        }
    }

    private static double number(JsonNode node, String path) {
        if (node.isBoolean()) {
            return node.asBoolean() ? 1 : 0;
        }
        if (!node.isNumber() || Double.isInfinite(node.asDouble())) {
            throw new StrategyJsonException(path, "expected a number, got " + RuleJsonReader.type(node));
        }
        return node.asDouble();
    }

    private static Strategy rule(ObjectNode root) {
        RuleJsonReader.onlyKeys(root, "", RULE_KEYS, "a rule strategy");
        String name = "rule";
        JsonNode nameNode = root.get("name");
        if (nameNode != null) {
            if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
                throw new StrategyJsonException("name", "expected a non-empty string, got "
                        + RuleJsonReader.type(nameNode));
            }
            name = nameNode.asText().trim();
        }
        boolean shortSide = false;
        JsonNode side = root.get("side");
        if (side != null) {
            if (!side.isTextual() || !List.of("long", "short").contains(side.asText())) {
                throw new StrategyJsonException("side", "expected \"long\" or \"short\", got "
                        + RuleJsonReader.type(side));
            }
            shortSide = side.asText().equals("short");
        }
        RuleCondition entry = RuleJsonReader.condition(required(root, "entry"), "entry");
        RuleCondition exit = RuleJsonReader.condition(required(root, "exit"), "exit");
        return new RuleStrategy(name, shortSide, entry, exit);
    }

    private static JsonNode required(ObjectNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null) {
            throw new StrategyJsonException(key, "missing: a rule strategy needs both \"entry\" and \"exit\"");
        }
        return node;
    }

    /** The JSON that {@link #parse} turns back into an equal strategy: the rule form, or id and parameters. */
    public static String toJson(Strategy strategy) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (strategy instanceof RuleStrategy rule) {
            root.put("name", rule.name());
            root.put("side", rule.shortSide() ? "short" : "long");
            root.set("entry", RuleJsonReader.write(rule.entry()));
            root.set("exit", RuleJsonReader.write(rule.exit()));
        } else {
            root.put("strategy", strategy.id());
            ObjectNode params = root.putObject("params");
            strategy.parameters().forEach((k, v) -> RuleJsonReader.putNumber(params, k, v));
        }
        return root.toString();
    }
}
