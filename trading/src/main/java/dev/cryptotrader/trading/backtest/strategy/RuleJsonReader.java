package dev.cryptotrader.trading.backtest.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads and writes the conditions and operands of the JSON rule form; errors carry the JSON path. */
final class RuleJsonReader {

    private static final String CONDITIONS = "all, any, not, " + String.join(", ",
            Arrays.stream(RuleCondition.Comparison.values()).map(RuleCondition.Comparison::key).toList());

    private RuleJsonReader() {
    }

    static RuleCondition condition(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new StrategyJsonException(path, "expected a condition object like {\"above\": [\"close\","
                    + " \"sma(50)\"]}, got " + type(node));
        }
        if (node.size() != 1) {
            throw new StrategyJsonException(path, node.isEmpty()
                    ? "empty condition: expected one of " + CONDITIONS
                    : "a condition has exactly one key, got " + node.size() + " (" + String.join(", ",
                    keys(node)) + "): put several in {\"all\": [...]} or {\"any\": [...]}");
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        String key = only.getKey();
        String at = path + "." + key;
        JsonNode value = only.getValue();
        return switch (key) {
            case "all" -> new RuleCondition.All(list(value, at));
            case "any" -> new RuleCondition.Any(list(value, at));
            case "not" -> new RuleCondition.Not(condition(value, at));
            default -> comparison(key, value, path, at);
        };
    }

    private static List<RuleCondition> list(JsonNode value, String path) {
        if (!value.isArray() || value.isEmpty()) {
            throw new StrategyJsonException(path, "expected a non-empty list of conditions, got " + type(value));
        }
        List<RuleCondition> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(condition(value.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static RuleCondition comparison(String key, JsonNode value, String path, String at) {
        RuleCondition.Comparison comparison = RuleCondition.Comparison.byKey(key).orElseThrow(() ->
                new StrategyJsonException(at, "unknown condition '" + key + "' (known: " + CONDITIONS + ")"));
        if (!value.isArray() || value.size() != 2) {
            throw new StrategyJsonException(at, "expected a list of two operands [left, right], got "
                    + (value.isArray() ? value.size() + " operand" + (value.size() == 1 ? "" : "s") : type(value)));
        }
        RuleOperand left = operand(value.get(0), at + "[0]");
        RuleOperand right = operand(value.get(1), at + "[1]");
        if (left instanceof RuleOperand.Constant && right instanceof RuleOperand.Constant) {
            throw new StrategyJsonException(at, "compares two numbers (" + left.name() + " and " + right.name()
                    + "): one side must be a price or an indicator");
        }
        return new RuleCondition.Compare(comparison, left, right);
    }

    static RuleOperand operand(JsonNode node, String path) {
        if (node.isNumber()) {
            if (Double.isInfinite(node.asDouble())) {
                throw new StrategyJsonException(path, "number too large for a double");
            }
            return new RuleOperand.Constant(node.asDouble());
        }
        if (!node.isTextual()) {
            throw new StrategyJsonException(path, "expected a price, an indicator like \"sma(20)\" or a number,"
                    + " got " + type(node));
        }
        try {
            return OperandParser.parse(node.asText());
        } catch (IllegalArgumentException e) {
            throw new StrategyJsonException(path, e.getMessage());
        }
    }

    static void onlyKeys(ObjectNode node, String path, List<String> allowed, String what) {
        for (String key : keys(node)) {
            if (!allowed.contains(key)) {
                throw new StrategyJsonException(path.isEmpty() ? key : path + "." + key, "unknown key (" + what
                        + " takes: " + String.join(", ", allowed) + ")");
            }
        }
    }

    private static List<String> keys(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** How an error names a node's kind: {@code string "20"}, {@code array}, {@code boolean}. */
    static String type(JsonNode node) {
        if (node.isTextual()) {
            return "string " + node;
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    static ObjectNode write(RuleCondition condition) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        switch (condition) {
            case RuleCondition.Compare c -> {
                ArrayNode operands = out.putArray(c.comparison().key());
                for (RuleOperand operand : List.of(c.left(), c.right())) {
                    if (operand instanceof RuleOperand.Constant constant) {
                        operands.add(constant.value());
                    } else {
                        operands.add(operand.name());
                    }
                }
            }
            case RuleCondition.All all -> {
                ArrayNode list = out.putArray("all");
                all.conditions().forEach(c -> list.add(write(c)));
            }
            case RuleCondition.Any any -> {
                ArrayNode list = out.putArray("any");
                any.conditions().forEach(c -> list.add(write(c)));
            }
            case RuleCondition.Not not -> out.set("not", write(not.condition()));
        }
        return out;
    }

    static void putNumber(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }
}
