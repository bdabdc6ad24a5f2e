package dev.cryptotrader.trading.backtest.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.trading.backtest.BacktestResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON is parsed back and checked field by field: snake_case keys, ISO-8601 UTC times, null for undefined. */
class JsonExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void theCliObjectHoldsWhatRanTheMetricsAndTheTradesOnOneLine() throws IOException {
        String json = JsonExport.toJson(ExportFixture.result("sma-cross fast=2 slow=3"), JsonExport.Options.CLI);
        assertThat(json).doesNotContain("\n");
        JsonNode root = parse(json);

        assertThat(keys(root)).containsExactly("label", "series", "bar_ms", "from", "to", "bars", "initial_capital",
                "final_equity", "costs", "sizing", "allow_short", "metrics", "trades");
        assertThat(root.get("label").asText()).isEqualTo("sma-cross fast=2 slow=3");
        assertThat(root.get("series").asText()).isEqualTo("coinbase BTC-USD 1d");
        assertThat(root.get("bar_ms").asLong()).isEqualTo(86_400_000L);
        assertThat(root.get("from").asText()).as("open of the first traded bar").isEqualTo("2024-01-02T00:00:00Z");
        assertThat(root.get("to").asText()).as("close of the last bar").isEqualTo("2024-01-07T00:00:00Z");
        assertThat(root.get("bars").asInt()).isEqualTo(5);
        assertThat(root.get("initial_capital").asDouble()).isEqualTo(100);
        assertThat(root.get("final_equity").asDouble()).isEqualTo(104);
        assertThat(root.get("costs").toString())
                .isEqualTo("{\"maker_fee_bps\":10.0,\"taker_fee_bps\":10.0,\"spread_bps\":2.0,\"slippage_bps\":5.0}");
        assertThat(root.get("sizing").toString()).isEqualTo("{\"type\":\"fraction_of_equity\",\"fraction\":1.0}");
        assertThat(root.get("allow_short").asBoolean()).isTrue();
    }

    @Test
    void metricsUseSnakeCaseKeysAndNullForUndefined() throws IOException {
        JsonNode metrics = parse(JsonExport.toJson(ExportFixture.result("x"), JsonExport.Options.CLI)).get("metrics");

        assertThat(keys(metrics)).containsExactly("net_profit", "total_return", "cagr", "sharpe", "sortino", "calmar",
                "max_drawdown", "max_drawdown_bars", "win_rate", "profit_factor", "expectancy", "average_win",
                "average_loss", "exposure", "trades", "fees", "sqn", "buy_and_hold_return");
        assertThat(metrics.get("net_profit").asDouble()).isEqualTo(4);
        assertThat(metrics.get("total_return").asDouble()).isEqualTo(0.04);
        assertThat(metrics.get("max_drawdown").asDouble()).isEqualTo(0.25);
        assertThat(metrics.get("max_drawdown_bars").isIntegralNumber()).isTrue();
        assertThat(metrics.get("max_drawdown_bars").asInt()).isEqualTo(2);
        assertThat(metrics.get("trades").isIntegralNumber()).isTrue();
        assertThat(metrics.get("trades").asInt()).isEqualTo(2);
        assertThat(metrics.get("win_rate").asDouble()).isEqualTo(1);
        assertThat(metrics.get("exposure").asDouble()).isEqualTo(0.6);
        assertThat(metrics.get("fees").asDouble()).isEqualTo(0.7);
        assertThat(metrics.get("expectancy").asDouble()).isEqualTo(2.5);
        assertThat(metrics.get("buy_and_hold_return").asDouble()).isEqualTo(0.25);
        assertThat(metrics.get("profit_factor").isNull()).as("no losing trade: undefined").isTrue();
        assertThat(metrics.get("average_loss").isNull()).isTrue();
        assertThat(metrics.get("sharpe").isNumber()).isTrue();
    }

    @Test
    void tradesCarryIsoUtcTimesSideAndNumbers() throws IOException {
        JsonNode trades = parse(JsonExport.toJson(ExportFixture.result("x"), JsonExport.Options.CLI)).get("trades");

        assertThat(trades).hasSize(2);
        JsonNode first = trades.get(0);
        assertThat(keys(first)).containsExactly("entry_time", "exit_time", "side", "qty", "entry_price",
                "exit_price", "fees", "pnl", "return", "bars_held");
        assertThat(first.get("entry_time").asText()).isEqualTo("2024-01-03T00:00:00Z");
        assertThat(Instant.parse(first.get("exit_time").asText()))
                .isEqualTo(Instant.parse("2024-01-05T00:00:00Z"));
        assertThat(first.get("side").asText()).isEqualTo("long");
        assertThat(first.get("qty").asDouble()).isEqualTo(0.5);
        assertThat(first.get("entry_price").asDouble()).isEqualTo(200);
        assertThat(first.get("exit_price").asDouble()).isEqualTo(206.4);
        assertThat(first.get("fees").asDouble()).isEqualTo(0.2);
        assertThat(first.get("pnl").asDouble()).isEqualTo(3);
        assertThat(first.get("bars_held").asInt()).isEqualTo(2);
        JsonNode second = trades.get(1);
        assertThat(second.get("side").asText()).isEqualTo("short");
        assertThat(second.get("entry_time").asText()).isEqualTo("2024-01-05T01:00:00Z");
    }

    @Test
    void theFileFormIsIndentedAndAddsTheEquityCurve() throws IOException {
        String json = JsonExport.toJson(ExportFixture.result("x"), JsonExport.Options.FILE);
        assertThat(json).contains("\n");
        JsonNode equity = parse(json).get("equity");

        assertThat(equity).hasSize(5);
        assertThat(equity.get(0).toString()).isEqualTo("{\"time\":\"2024-01-03T00:00:00Z\",\"equity\":100.0,"
                + "\"drawdown\":0.0}");
        assertThat(equity.get(2).get("drawdown").asDouble()).isEqualTo(0.25);
        assertThat(equity.get(4).get("time").asText()).isEqualTo("2024-01-07T00:00:00Z");
    }

    @Test
    void severalResultsGoIntoOneArray() throws IOException {
        StringWriter out = new StringWriter();
        List<BacktestResult> results = List.of(ExportFixture.result("a"), ExportFixture.result("b"));
        JsonExport.writeAll(results, JsonExport.Options.CLI, out);
        JsonNode root = parse(out.toString());

        assertThat(keys(root)).containsExactly("results");
        assertThat(root.get("results")).extracting(n -> n.get("label").asText()).containsExactly("a", "b");
        assertThat(root.get("results").get(1).has("equity")).isFalse();
    }

    @Test
    void noNaNOrInfinityEverReachesTheText() {
        String json = JsonExport.toJson(ExportFixture.result("x"), JsonExport.Options.FILE);
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity").contains("\"profit_factor\" : null");
    }
}
