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

/** {@code cryptotrader walkforward} on the demo's real 15m BTC/USD bars (640 of them). */
class WalkForwardCommandTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void seed() throws Exception {
        db = BacktestCliData.database(dir);
    }

    private CliRun walkForward(String... args) {
        return CliRun.of(BacktestCliData.with(db, concat(new String[] {"walkforward"}, concat(BTC_15M,
                concat(new String[] {"--fee-bps", "10", "--threads", "2"}, args)))));
    }

    @Test
    void fixedParametersRollingInBarsGiveFoldsStitchedEquityAndTheRatio() throws Exception {
        Path folds = dir.resolve("folds.csv");
        Path equity = dir.resolve("oos.csv");
        CliRun run = walkForward("--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20",
                "--train", "200", "--test", "100", "--json", "--out", folds.toString(), "--equity", equity.toString());
        JsonNode root = BacktestCommandTest.readJson(run);
        assertThat(root.get("plan").get("mode").asText()).isEqualTo("rolling");
        assertThat(root.get("plan").get("train_bars").asInt()).isEqualTo(200);
        assertThat(root.get("plan").get("step_bars").asInt()).as("step defaults to the test window").isEqualTo(100);
        assertThat(root.get("optimised").asBoolean()).isFalse();
        JsonNode list = root.get("folds");
        assertThat(list).as("(640 - 300) / 100 + 1 folds").hasSize(4);
        JsonNode first = list.get(0);
        assertThat(first.get("train_start").asText()).isEqualTo("2013-11-25T00:00:00Z");
        assertThat(first.get("test_start").asText()).isEqualTo("2013-11-27T02:00:00Z"); // bar 200
        assertThat(first.get("test_end").asText()).matches(BacktestCommandTest.ISO_UTC);
        assertThat(first.get("params").get("fast").asInt()).isEqualTo(5);
        assertThat(first.get("in_sample").has("sharpe")).isTrue();
        assertThat(first.get("out_of_sample").has("max_drawdown")).isTrue();
        JsonNode oos = root.get("out_of_sample");
        assertThat(oos.get("bars").asInt()).isEqualTo(400);
        assertThat(oos.get("metrics").get("net_profit").asDouble())
                .isEqualTo(oos.get("final_equity").asDouble() - 10_000, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(root.get("oos_is_ratio").has("sharpe")).isTrue();
        assertThat(root.get("oos_is_ratio").get("sharpe_folds").asInt()).isBetween(0, 4);

        List<String> foldRows = Files.readAllLines(folds);
        assertThat(foldRows.getFirst()).startsWith("fold,train_start,train_end,test_start,test_end,parameters");
        assertThat(foldRows).hasSize(5);
        List<String> equityRows = Files.readAllLines(equity);
        assertThat(equityRows.getFirst()).isEqualTo("time,equity");
        assertThat(equityRows).hasSize(401);
    }

    @Test
    void optimisingAnchoredWithSpansPrintsTheFoldTableAndTheSummary() {
        CliRun run = walkForward("--strategy", "sma-cross", "--train", "2d", "--test", "1d", "--anchored",
                "--grid", "fast=5,10", "--grid", "slow=20,30", "--metric", "sharpe");
        assertThat(run.code()).as(run.toString()).isZero();
        // 640 bars, train 192, test 96: (640 - 288) / 96 + 1 = 4 folds
        assertThat(run.out()).contains("walk-forward sma-cross on bitstamp BTC/USD 15m (640 bars): anchored, "
                + "train 192 bars, test 96 bars, step 96 bars; 4 folds; parameters optimised by sharpe over 4 "
                + "combinations");
        assertThat(run.out()).containsPattern("\\n +1  2013-11-27 00:00  2013-11-28 00:00  fast=\\d+ slow=\\d+");
        assertThat(run.out()).contains("out of sample, stitched: 384 test bars from 2013-11-27T00:00:00Z",
                "Total return", "OOS/IS ratio: Sharpe ");
        assertThat(run.err()).contains("walk-forward sma-cross [", "runs");
    }

    @Test
    void badPlansAreExitTwoWithTheReason() {
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "200", "--test", "100", "--optimize"},
                "--optimize needs the parameters to try: --grid");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "2 fortnights", "--test", "100"},
                "--train: cannot read window '2 fortnights'");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "500", "--test", "200"},
                "not enough bars for one fold: train 500 + test 200 = 700 bars, the tape has 640");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "200", "--test", "10m"},
                "test window", "is not a whole number of");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "50", "--test", "100"},
                "the first train window", "too short", "warm-up");
        expectBadInput(new String[] {"--strategy", "sma-cross", "--train", "200", "--test", "100", "--step", "50"},
                "step of 50 bars is shorter than the test window of 100 bars");
    }

    private void expectBadInput(String[] args, String... fragments) {
        CliRun run = walkForward(args);
        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).as(run.toString()).contains(fragments);
    }
}
