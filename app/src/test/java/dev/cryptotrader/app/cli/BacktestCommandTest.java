package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.app.cli.BacktestCliData.BITFINEX_15M;
import static dev.cryptotrader.app.cli.BacktestCliData.BTC_15M;
import static dev.cryptotrader.app.cli.BacktestCliData.BTC_15M_BARS;
import static dev.cryptotrader.app.cli.BacktestCliData.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code cryptotrader backtest} end to end on a real SQLite file holding the demo workspace's real BTC/USD bars. */
class BacktestCommandTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";
    private static final List<String> METRIC_KEYS = List.of("net_profit", "total_return", "cagr", "sharpe", "sortino",
            "calmar", "max_drawdown", "max_drawdown_bars", "win_rate", "profit_factor", "expectancy", "exposure",
            "trades", "fees", "sqn", "buy_and_hold_return");
    private static final List<String> TRADE_KEYS = List.of("entry_time", "exit_time", "side", "qty", "entry_price",
            "exit_price", "fees", "pnl");

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void seed() throws Exception {
        db = BacktestCliData.database(dir);
    }

    private CliRun backtest(String... args) {
        return CliRun.of(BacktestCliData.with(db, concat(new String[] {"backtest"}, args)));
    }

    @Test
    void jsonHasTheMetricsAndTradesTheIssueNamesAndTheFilesAreWritten() throws Exception {
        Path trades = dir.resolve("out/trades.csv");
        Path equity = dir.resolve("out/equity.csv");
        CliRun run = backtest(concat(BTC_15M, "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--capital", "10000", "--fee-bps", "10", "--spread-bps", "2", "--slippage-bps", "5", "--json",
                "--trades", trades.toString(), "--equity", equity.toString()));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().strip().lines()).as("one object on one line").hasSize(1);

        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("series").asText()).isEqualTo("bitstamp BTC/USD 15m");
        assertThat(root.get("strategy").get("id").asText()).isEqualTo("sma-cross");
        assertThat(root.get("strategy").get("params").get("fast").asInt()).isEqualTo(5);
        assertThat(root.get("from").asText()).isEqualTo("2013-11-25T00:00:00Z");
        assertThat(root.get("bars").asInt()).isEqualTo(BTC_15M_BARS);
        assertThat(root.get("costs").get("taker_fee_bps").asDouble()).isEqualTo(10);
        assertThat(root.get("costs").get("spread_bps").asDouble()).isEqualTo(2);
        JsonNode metrics = root.get("metrics");
        METRIC_KEYS.forEach(k -> assertThat(metrics.has(k)).as(k).isTrue());
        int count = metrics.get("trades").asInt();
        assertThat(count).isPositive();
        assertThat(metrics.get("fees").asDouble()).isPositive();

        JsonNode list = root.get("trades");
        assertThat(list).hasSize(count);
        double pnl = 0;
        for (JsonNode t : list) {
            TRADE_KEYS.forEach(k -> assertThat(t.has(k)).as(k).isTrue());
            assertThat(t.get("entry_time").asText()).matches(ISO_UTC);
            assertThat(t.get("exit_time").asText()).matches(ISO_UTC);
            assertThat(t.get("side").asText()).isEqualTo("long");
            pnl += t.get("pnl").asDouble();
        }
        double netProfit = metrics.get("net_profit").asDouble();
        assertThat(pnl).isCloseTo(netProfit, within(1e-6));
        assertThat(root.get("final_equity").asDouble() - 10_000).isCloseTo(netProfit, within(1e-6));
        assertThat(root.get("refusals")).isEmpty();
        assertThat(root.get("ignored_short_signals").asInt()).isZero();

        List<String> tradeRows = Files.readAllLines(trades);
        assertThat(tradeRows.getFirst()).startsWith("entry_time,exit_time,side,qty,entry_price,exit_price,fees,pnl");
        assertThat(tradeRows).hasSize(count + 1);
        assertThat(tradeRows.get(1)).startsWith(list.get(0).get("entry_time").asText() + ",");
        List<String> equityRows = Files.readAllLines(equity);
        assertThat(equityRows.getFirst()).isEqualTo("time,equity,drawdown");
        assertThat(equityRows).hasSize(BTC_15M_BARS + 1);
        assertThat(equityRows.getLast()).startsWith("2013-12-01T16:00:00Z,");
        assertThat(run.err()).contains("wrote " + count + " trades to", "wrote 640 equity points to");
    }

    @Test
    void theUsersFeesInConfigJsonReplaceTheBaseTier() throws Exception {
        java.nio.file.Files.writeString(db.toAbsolutePath().getParent().resolve("config.json"),
                "{\"fees\": {\"bitfinex\": {\"maker_bps\": 7.5, \"taker_bps\": 12}, "
                        + "\"bitstamp\": {\"maker_bps\": 30, \"taker_bps\": 40}}}");

        JsonNode bitfinex = JSON.readTree(backtest(concat(BITFINEX_15M, "--strategy", "ema-cross", "--json")).out());
        assertThat(bitfinex.get("costs").get("maker_fee_bps").asDouble()).isEqualTo(7.5);
        assertThat(bitfinex.get("costs").get("taker_fee_bps").asDouble()).isEqualTo(12);
        CliRun bitstamp = backtest(concat(BTC_15M, "--strategy", "sma-cross", "--json"));
        assertThat(bitstamp.code()).as("an exchange without a base tier, given in config.json").isZero();
        assertThat(JSON.readTree(bitstamp.out()).get("costs").get("taker_fee_bps").asDouble()).isEqualTo(40);
    }

    @Test
    void withoutFeeBpsTheExchangesFeeScheduleApplies() throws Exception {
        CliRun run = backtest(concat(BITFINEX_15M, "--strategy", "ema-cross", "--json"));
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode costs = JSON.readTree(run.out()).get("costs");
        assertThat(costs.get("maker_fee_bps").asDouble()).isEqualTo(10);
        assertThat(costs.get("taker_fee_bps").asDouble()).isEqualTo(20);
        assertThat(costs.get("slippage_bps").asDouble()).as("the default slippage").isEqualTo(5);
    }

    @Test
    void textIsAReadableTableWithPercentMoneyAndNotes() throws Exception {
        CliRun run = backtest(concat(BTC_15M, "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--param", "short=true", "--fee-bps", "10", "--from", "2013-11-26", "--to", "2013-11-29"));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("sma-cross(fast=5, slow=20, short=1) on bitstamp BTC/USD 15m",
                "2013-11-26T00:00:00Z to 2013-11-29T00:00:00Z: 288 bars", "fee 10 bps, spread 0 bps, slippage 5 bps",
                "100% of equity, long only");
        assertThat(run.out()).containsPattern("Total return +-?\\d+\\.\\d\\d%")
                .containsPattern("Net profit +-?[\\d,]+\\.\\d\\d\\n")
                .containsPattern("Trades +0\\n")
                .containsPattern("Final equity +10,000\\.00");
        assertThat(run.out()).containsPattern("note: \\d+ short signals were ignored: shorting is off \\(add --short");

        CliRun shorting = backtest(concat(BTC_15M, "--strategy", "sma-cross", "--param", "fast=5", "--param",
                "slow=20", "--param", "short=true", "--fee-bps", "10", "--short", "--json"));
        JsonNode root = readJson(shorting);
        assertThat(root.get("allow_short").asBoolean()).isTrue();
        assertThat(root.get("trades").get(0).get("side").asText()).isEqualTo("short");
    }

    @Test
    void refusedEntriesAreNotesInTextAndListedInJson() throws Exception {
        String[] args = concat(BTC_15M, "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--fee-bps", "10", "--sizing", "fixed=1000");
        CliRun text = backtest(args);
        assertThat(text.out()).containsPattern("note: \\d+ entries were refused:\\n  2013-11-25T\\S+ \\(bar \\d+\\) "
                + "enter long: fixed quantity 1000").contains("more (all of them in --json)");
        JsonNode root = readJson(backtest(concat(args, "--json")));
        assertThat(root.get("sizing").get("type").asText()).isEqualTo("fixed_quantity");
        assertThat(root.get("metrics").get("trades").asInt()).isZero();
        assertThat(root.get("refusals").size()).isGreaterThan(5);
        assertThat(root.get("refusals").get(0).get("time").asText()).matches(ISO_UTC);
        assertThat(text.err()).as("notes go with the table in text mode").doesNotContain("refused");
    }

    @Test
    void strategyFilesInBothJsonForms() throws Exception {
        Path rule = dir.resolve("rule.json");
        Files.writeString(rule, """
                {"name": "trend-rsi", "side": "long",
                 "entry": {"all": [{"crosses_above": ["sma(5)", "sma(20)"]}, {"below": ["rsi(14)", 70]}]},
                 "exit": {"crosses_below": ["sma(5)", "sma(20)"]}}""");
        JsonNode ruled = readJson(backtest(concat(BTC_15M, "--strategy-file", rule.toString(), "--fee-bps", "10",
                "--sizing", "fraction=50%", "--json")));
        assertThat(ruled.get("label").asText()).isEqualTo("trend-rsi");
        assertThat(ruled.get("sizing").get("fraction").asDouble()).isEqualTo(0.5);
        assertThat(ruled.get("metrics").get("trades").asInt()).isPositive();

        Path builtIn = dir.resolve("ema.json");
        Files.writeString(builtIn, "{\"strategy\": \"ema-cross\", \"params\": {\"fast\": 8, \"slow\": 30}}");
        JsonNode ema = readJson(backtest(concat(BTC_15M, "--strategy-file", builtIn.toString(), "--param", "slow=40",
                "--fee-bps", "10", "--json")));
        assertThat(ema.get("strategy").get("params").get("fast").asInt()).isEqualTo(8);
        assertThat(ema.get("strategy").get("params").get("slow").asInt()).as("--param wins over the file")
                .isEqualTo(40);
    }

    @Test
    void missingBarsInTheRangeAreANoteOnStderr() {
        // Bitstamp traded every minute of 25 Nov 2013 but a few: those minutes have no 1m bar.
        CliRun run = backtest("-e", "bitstamp", "-s", "BTC/USD", "-t", "1m", "--from", "2013-11-25", "--to",
                "2013-11-26", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20", "--fee-bps", "10");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).containsPattern("note: bitstamp BTC/USD 1m has \\d+ gaps? \\(\\d+ missing bars?\\) in "
                + "this range, the first at 2013-11-25T\\S+Z; the backtest replays the stored bars one after another");
        assertThat(run.out()).doesNotContain("note:");
    }

    @Test
    void listStrategiesNeedsNoSeriesAndNamesTheMultiTimeframeOne() {
        CliRun run = CliRun.of("backtest", "--list-strategies", "--db", dir.resolve("none.db").toString());
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("sma-cross:", "mtf-sma-trend:", "htfMinutes", "default 20");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void badInputIsExitTwoWithAMessageNamingTheProblem() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"strategy\": \"sma-cross\", \"params\": {\"fats\": 3}}");
        String[] sma = concat(BTC_15M, "--strategy", "sma-cross", "--fee-bps", "10");
        expectBadInput(concat(BTC_15M, "--strategy", "smacross"), "unknown strategy 'smacross'",
                "known: sma-cross, ema-cross", "mtf-sma-trend");
        expectBadInput(concat(sma, "--param", "fats=3"), "sma-cross has no parameter 'fats'",
                "its parameters: fast, slow, short, stop_pct, target_pct");
        expectBadInput(concat(sma, "--param", "fast:3"), "bad --param 'fast:3': use NAME=VALUE");
        expectBadInput(concat(sma, "--param", "fast=abc"), "--param fast: 'abc' is not a number");
        expectBadInput(concat(sma, "--param", "fast=50", "--param", "slow=20"), "fast", "slow");
        expectBadInput(concat(sma, "--from", "2014-01-01", "--to", "2014-02-01"),
                "no bars of bitstamp BTC/USD 15m between 2014-01-01T00:00:00Z and 2014-02-01T00:00:00Z",
                "stored: 2013-11-25T00:00:00Z to 2013-12-01T15:45:00Z");
        expectBadInput(concat(sma, "--from", "2013-12-01"), "too few bars: bitstamp BTC/USD 15m has 64 bars",
                "needs more than its warm-up of 100 bars");
        expectBadInput(concat(BTC_15M, "--strategy", "sma-cross", "--fee-bps", "-1"),
                "--fee-bps must be a number of bps >= 0, was -1");
        expectBadInput(concat(BTC_15M, "--strategy", "sma-cross"), "no fee schedule for exchange 'bitstamp'",
                "give the fee with --fee-bps");
        expectBadInput(concat(sma, "--sizing", "fraction=2"), "fraction of equity must be in (0, 1]");
        expectBadInput(concat(sma, "--capital", "0"), "--capital must be > 0");
        expectBadInput(concat(BTC_15M, "--strategy-file", broken.toString()), "broken.json: params.fats",
                "unknown parameter");
        expectBadInput(concat(BTC_15M, "--fee-bps", "10"), "name a strategy with --strategy ID");
        expectBadInput(new String[] {"-e", "binance", "-s", "BTC/USDT", "-t", "1h", "--strategy", "sma-cross"},
                "no stored series binance BTC/USDT 1h");
    }

    private void expectBadInput(String[] args, String... fragments) {
        CliRun run = backtest(args);
        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).as(run.toString()).startsWith("error: ").contains(fragments);
        assertThat(run.out()).as("no half report on stdout").isEmpty();
    }

    static JsonNode readJson(CliRun run) throws Exception {
        assertThat(run.code()).as(run.toString()).isZero();
        return JSON.readTree(run.out());
    }
}
