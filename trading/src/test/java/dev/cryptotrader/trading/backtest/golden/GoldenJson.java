package dev.cryptotrader.trading.backtest.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.MetricField;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A golden backtest's statistics as JSON, and the comparison of two such records. Numbers compare within
 * {@link #RELATIVE} of each other, whole numbers and text exactly; an undefined metric (NaN) is {@code null} and
 * equals only {@code null}; an infinite value is the string {@code "Infinity"} so it never passes for NaN.
 */
final class GoldenJson {

    /** Two runs of the same code on the same data agree to far better than this; a real change moves more. */
    static final double RELATIVE = 1e-9;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenJson() {
    }

    /** Everything the golden file pins: the data it ran on, the costs, every metric, the first and last trade. */
    static ObjectNode record(String caseName, BacktestResult run) {
        BarTape tape = run.tape();
        ObjectNode root = JSON.createObjectNode();
        root.put("case", caseName);
        root.put("strategy", run.label());
        root.put("series", tape.name());
        root.put("bars", tape.size());
        root.put("first_bar_open", time(tape.openTime()[0]));
        root.put("last_bar_open", time(tape.openTime()[tape.size() - 1]));
        root.put("capital", run.config().capital());
        ObjectNode costs = root.putObject("costs");
        costs.put("maker_fee_bps", run.config().costs().makerFeeBps());
        costs.put("taker_fee_bps", run.config().costs().takerFeeBps());
        costs.put("spread_bps", run.config().costs().spreadBps());
        costs.put("slippage_bps", run.config().costs().slippageBps());
        number(root, "final_equity", run.equity()[run.equity().length - 1]);
        ObjectNode metrics = root.putObject("metrics");
        for (MetricField field : MetricField.values()) {
            double value = field.value(run.metrics());
            if (field.kind() == MetricField.Kind.COUNT) {
                metrics.put(field.key(), (int) value);
            } else {
                number(metrics, field.key(), value);
            }
        }
        List<Trade> trades = run.trades();
        if (!trades.isEmpty()) {
            trade(root.putObject("first_trade"), trades.getFirst());
            trade(root.putObject("last_trade"), trades.getLast());
        }
        return root;
    }

    private static void trade(ObjectNode node, Trade t) {
        node.put("side", t.side().label());
        node.put("entry_time", time(t.entryTime()));
        node.put("exit_time", time(t.exitTime()));
        node.put("entry_index", t.entryIndex());
        node.put("exit_index", t.exitIndex());
        number(node, "qty", t.quantity());
        number(node, "entry_price", t.entryPrice());
        number(node, "exit_price", t.exitPrice());
        number(node, "fees", t.fees());
        number(node, "pnl", t.pnl());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else if (Double.isInfinite(value)) {
            node.put(key, value > 0 ? "Infinity" : "-Infinity");
        } else {
            node.put(key, value);
        }
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every place where {@code actual} differs from {@code expected}, one line each; empty when they agree. */
    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String at = path.isEmpty() ? key : path + "." + key;
                if (!expected.has(key)) {
                    out.add(at + ": not in the golden file, now " + actual.get(key));
                } else if (!actual.has(key)) {
                    out.add(at + ": gone, the golden file has " + expected.get(key));
                } else {
                    compare(at, expected.get(key), actual.get(key), out);
                }
            }
        } else if (expected.isFloatingPointNumber() && actual.isNumber()
                || expected.isNumber() && actual.isFloatingPointNumber()) {
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            if (!close(e, a)) {
                out.add(path + ": expected " + e + ", got " + a + " (relative difference "
                        + Math.abs(a - e) / Math.max(Math.abs(a), Math.abs(e)) + ")");
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    /** Within {@link #RELATIVE} of the larger magnitude; exactly equal when one of them is 0. */
    static boolean close(double expected, double actual) {
        return Math.abs(actual - expected) <= RELATIVE * Math.max(Math.abs(actual), Math.abs(expected));
    }
}
