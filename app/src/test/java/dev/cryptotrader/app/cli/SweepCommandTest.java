package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.app.cli.BacktestCliData.BTC_15M;
import static dev.cryptotrader.app.cli.BacktestCliData.concat;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cryptotrader sweep} over a grid of SMA periods on the demo's real 15m BTC/USD bars. */
class SweepCommandTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void seed() throws Exception {
        db = BacktestCliData.database(dir);
    }

    private CliRun sweep(String... args) {
        return CliRun.of(BacktestCliData.with(db, concat(new String[] {"sweep"}, concat(BTC_15M,
                concat(new String[] {"--fee-bps", "10", "--threads", "2"}, args)))));
    }

    @Test
    void jsonRanksTheTopRowsAndTheCsvHoldsEveryCombination() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        CliRun run = sweep("--strategy", "sma-cross", "--grid", "fast=5:15:5", "--grid", "slow=20,40",
                "--metric", "net_profit", "--top", "3", "--json", "--out", csv.toString());
        JsonNode root = BacktestCommandTest.readJson(run);
        assertThat(root.get("strategy").asText()).isEqualTo("sma-cross");
        assertThat(root.get("series").asText()).isEqualTo("bitstamp BTC/USD 15m");
        assertThat(root.get("metric").asText()).isEqualTo("net_profit");
        assertThat(root.get("grid").get("fast").toString()).isEqualTo("[5,10,15]");
        assertThat(root.get("combinations").asInt()).isEqualTo(6);
        assertThat(root.get("ran").asInt()).isEqualTo(6);
        JsonNode rows = root.get("rows");
        assertThat(rows).hasSize(3);
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(row.get("rank").asInt()).isEqualTo(i + 1);
            assertThat(row.get("params").has("fast")).isTrue();
            assertThat(row.get("metrics").has("sharpe")).isTrue();
            double profit = row.get("metrics").get("net_profit").asDouble();
            assertThat(profit).as("best first").isLessThanOrEqualTo(previous);
            previous = profit;
        }
        assertThat(run.err()).contains("of 6 runs", "wrote 6 combinations to");

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("fast,slow,label,net_profit,");
        assertThat(lines).hasSize(7);
        String best = rows.get(0).get("params").get("fast").asText() + ","
                + rows.get(0).get("params").get("slow").asText() + ",";
        assertThat(lines.get(1)).as("the CSV is ranked too").startsWith(best);
    }

    @Test
    void textShowsTheRankedTableAndTheSkippedCombinations() {
        CliRun run = sweep("--strategy", "sma-cross", "--grid", "fast=10,20,30", "--grid", "slow=20,40");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("sweep sma-cross over bitstamp BTC/USD 15m (640 bars): 6 combinations, "
                + "4 ran, 2 skipped", "best 4 by sharpe:", "skipped 2:", "fast=20 slow=20:");
        assertThat(run.out()).containsPattern("#\\s+fast\\s+slow\\s+sharpe\\s+net_profit");
    }

    @Test
    void fixedParametersComeFromParamAndFlagsWork() throws Exception {
        JsonNode root = BacktestCommandTest.readJson(sweep("--strategy", "sma-cross", "--param", "short=true",
                "--short", "--grid", "fast=5,10", "--grid", "slow=30", "--json"));
        assertThat(root.get("rows").get(0).get("label").asText()).contains("short=1");
        assertThat(root.get("allow_short").asBoolean()).isTrue();
    }

    @Test
    void badGridsAndMetricsAreExitTwoWithTheReason() {
        expectBadInput(new String[] {"--strategy", "sma-cross"}, "a sweep needs at least one --grid");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=50:10:5"},
                "parameter fast: empty range, from 50 is above to 10");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=5:50"},
                "bad --grid 'fast=5:50': a range is FROM:TO:STEP");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast"}, "bad --grid 'fast'");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=5:50:0"}, "step must be > 0");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=a,b"}, "'a' is not a number");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fats=5,10"},
                "sma-cross has no parameter 'fats'", "fast, slow, short");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--param", "fast=5", "--grid", "fast=5,10"},
                "fast is both fixed with --param and swept with --grid");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=5,10", "--metric", "sharp"},
                "unknown metric 'sharp'", "sharpe");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--grid", "fast=50,60", "--grid", "slow=20,30"},
                "no combination of the grid could run");
    }

    private void expectBadInput(String[] args, String... fragments) {
        CliRun run = sweep(args);
        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).as(run.toString()).contains(fragments);
    }
}
