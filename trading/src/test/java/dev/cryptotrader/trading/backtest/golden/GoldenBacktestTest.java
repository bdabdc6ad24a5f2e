package dev.cryptotrader.trading.backtest.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden backtests: built-in strategies on real BTC-USD bars from ../shared/data (Coinbase 4h, TradingView 1d), with
 * 10 bps fees, 5 bps slippage and 10,000 of capital. Each case's statistics (every metric, the trade count, the first
 * and the last trade, and the data it ran on) are checked in under {@code src/test/resources/golden/<case>.json}, and
 * this test compares a fresh run with them to within 1e-9 relative. Skipped, saying why, when the data is absent.
 *
 * <p><b>A changed number is a decision, not an accident.</b> On a mismatch the test fails, lists each difference and
 * prints the new record in the file's own format. If the change is intended (a fix in the engine, a new metric
 * definition), rewrite the files deliberately and commit them with the change that caused it:
 * <pre>
 * mvn -pl trading -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GoldenBacktestTest -Dgolden.update=true
 * git diff trading/src/test/resources/golden   # review every moved number, then commit it with its reason
 * </pre>
 * With {@code -Dgolden.update=true} each case writes its file under the module's {@code src/test/resources/golden}
 * (it still fails on a case whose run is not sane, such as one with no trades).
 */
class GoldenBacktestTest {

    private static final String UPDATE = "golden.update";
    private static final CostModel COSTS = CostModel.flat(10, 0, 5);
    private static final double CAPITAL = 10_000;

    /** One golden run: a built-in with its parameters on one real series. */
    record Case(RealTapes data, String strategyId, Map<String, Double> parameters) {

        String name() {
            return data.id() + "_" + strategyId;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (RealTapes data : List.of(RealTapes.COINBASE_BTC_USD_4H, RealTapes.TRADINGVIEW_BTC_USD_1D)) {
            cases.add(new Case(data, "sma-cross", Map.of("fast", 20.0, "slow", 100.0)));
            cases.add(new Case(data, "rsi-reversion", Map.of("period", 14.0, "lower", 30.0, "upper", 70.0)));
            cases.add(new Case(data, "donchian-breakout", Map.of("entry", 20.0, "exit", 10.0)));
            cases.add(new Case(data, "bollinger-breakout", Map.of("period", 20.0, "k", 2.0)));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void statisticsMatchTheCheckedInRecord(Case golden) {
        BarTape tape = golden.data().tape();
        Strategy strategy = StrategyCatalog.builtIn().create(golden.strategyId(), golden.parameters());
        BacktestResult run = new BacktestEngine().run(tape, strategy, BacktestConfig.defaults(CAPITAL, COSTS));
        // A golden run that never trades pins nothing worth pinning.
        assertThat(run.trades()).as(golden.name() + " trades").hasSizeGreaterThanOrEqualTo(10);
        ObjectNode actual = GoldenJson.record(golden.name(), run);
        String fileName = golden.name() + ".json";
        if (Boolean.getBoolean(UPDATE)) {
            Path written = write(fileName, GoldenJson.write(actual));
            System.out.println("UPDATED golden file " + written + " (review it with git diff before committing)");
            return;
        }
        String expectedText = readResource(fileName);
        if (expectedText == null) {
            fail("no golden file golden/" + fileName + " yet. This run gives:\n" + GoldenJson.write(actual)
                    + howToUpdate());
        }
        List<String> differences = GoldenJson.differences(GoldenJson.read(expectedText), actual);
        if (!differences.isEmpty()) {
            fail(golden.name() + " no longer matches golden/" + fileName + " (tolerance " + GoldenJson.RELATIVE
                    + " relative):\n  " + String.join("\n  ", differences) + "\n\nThe new record:\n"
                    + GoldenJson.write(actual) + howToUpdate());
        }
    }

    /** The comparison itself: a change in the ninth significant digit is caught, float noise is not. */
    @Test
    void theComparisonCatchesSmallChangesButNotRoundingNoise() {
        JsonNode golden = GoldenJson.read("""
                {"metrics": {"sharpe": 1.2345678901234, "trades": 42, "profit_factor": null},
                 "last_trade": {"side": "long", "pnl": -12.5}}""");
        assertThat(GoldenJson.differences(golden, GoldenJson.read("""
                {"metrics": {"sharpe": 1.2345678901235, "trades": 42, "profit_factor": null},
                 "last_trade": {"side": "long", "pnl": -12.500000000001}}"""))).isEmpty();
        assertThat(GoldenJson.differences(golden, GoldenJson.read("""
                {"metrics": {"sharpe": 1.2345679, "trades": 43, "profit_factor": 1.5},
                 "last_trade": {"side": "short", "pnl": -12.5}, "extra": 1}""")))
                .containsExactly(
                        "extra: not in the golden file, now 1",
                        "last_trade.side: expected \"long\", got \"short\"",
                        "metrics.profit_factor: expected null, got 1.5",
                        "metrics.sharpe: expected 1.2345678901234, got 1.2345679 (relative difference "
                                + Math.abs(1.2345679 - 1.2345678901234) / 1.2345679 + ")",
                        "metrics.trades: expected 42, got 43");
    }

    private static String howToUpdate() {
        return "\nIf this change is intended, rewrite the golden files deliberately and review the diff:\n"
                + "  mvn -pl trading -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GoldenBacktestTest"
                + " -D" + UPDATE + "=true\n  git diff trading/src/test/resources/golden\n";
    }

    private static String readResource(String fileName) {
        try (InputStream in = GoldenBacktestTest.class.getResourceAsStream("/golden/" + fileName)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Into the module's source tree (surefire runs with the module as its working directory and sets basedir). */
    private static Path write(String fileName, String text) {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "resources",
                "golden");
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
