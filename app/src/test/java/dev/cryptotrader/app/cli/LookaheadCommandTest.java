package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.strategy.StrategyDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.cryptotrader.app.cli.BacktestCliData.BTC_15M;
import static dev.cryptotrader.app.cli.BacktestCliData.concat;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code cryptotrader lookahead}: exit code 0 for an honest strategy, 1 for one that reads the next bar. */
class LookaheadCommandTest {

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void seed() throws Exception {
        db = BacktestCliData.database(dir);
    }

    @Test
    void anHonestBuiltInIsCleanWithExitZero() {
        CliRun run = CliRun.of(BacktestCliData.with(db, concat(new String[] {"lookahead"}, concat(BTC_15M,
                "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=20", "--threads", "2"))));
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("No lookahead: sma-cross(fast=5, slow=20, short=0) on bitstamp BTC/USD 15m");
        assertThat(run.err()).as("progress on stderr").contains("cut points");
    }

    @Test
    void theMultiTimeframeStrategyIsCleanToo() throws Exception {
        CliRun run = CliRun.of(BacktestCliData.with(db, concat(new String[] {"lookahead"}, concat(BTC_15M,
                "--strategy", "mtf-sma-trend", "--param", "htfMinutes=60", "--param", "htfPeriod=5", "--json"))));
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode report = BacktestCommandTest.JSON.readTree(run.out());
        assertThat(report.get("flagged").asBoolean()).isFalse();
        assertThat(report.get("signals_checked").asInt()).isPositive();
    }

    @Test
    void aStrategyThatReadsTheNextCloseIsFlaggedWithExitOne() throws Exception {
        CliRun text = runWithPeeking("--threads", "1");
        assertThat(text.code()).as(text.toString()).isEqualTo(Cli.FAILURE);
        assertThat(text.out()).startsWith("LOOKAHEAD in peek-next-close on bitstamp BTC/USD 15m")
                .contains("\n  action at bar ");

        CliRun json = runWithPeeking("--json");
        assertThat(json.code()).isEqualTo(Cli.FAILURE);
        JsonNode report = BacktestCommandTest.JSON.readTree(json.out());
        assertThat(report.get("flagged").asBoolean()).isTrue();
        assertThat(report.get("changed_bars").size()).isPositive();
        assertThat(report.get("changed_bars").get(0).get("time").asText()).matches(BacktestCommandTest.ISO_UTC);
        assertThat(report.get("changes").get(0).get("kind").asText()).isEqualTo("action");
    }

    @Test
    void tooFewBarsForTheWarmUpIsBadInput() {
        CliRun run = CliRun.of(BacktestCliData.with(db, concat(new String[] {"lookahead"}, concat(BTC_15M,
                "--strategy", "sma-cross", "--param", "slow=500", "--from", "2013-12-01"))));
        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("too few bars", "warm-up of 500 bars");
    }

    /** The CLI with one more strategy in its catalogue, made the way picocli makes the mixin. */
    private CliRun runWithPeeking(String... extra) {
        StrategyCatalog catalog = StrategyCatalog.builtIn().with(new StrategyDescriptor("peek-next-close",
                "enters when the next bar closes higher (lookahead planted on purpose)", List.of(),
                p -> new PeekNextClose()));
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == StrategyOptions.class ? cls.cast(new StrategyOptions(catalog))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new CryptotraderCommand(), factory);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(BacktestCliData.with(db, concat(new String[] {"lookahead"}, concat(BTC_15M,
                concat(new String[] {"--strategy", "peek-next-close"}, extra)))));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Long while the next bar closes higher: reads {@code close[i + 1]}, which a live strategy never has. */
    private static final class PeekNextClose implements Strategy {
        @Override
        public String id() {
            return "peek-next-close";
        }

        @Override
        public Map<String, Double> parameters() {
            return Map.of();
        }

        @Override
        public String label() {
            return id();
        }

        @Override
        public int warmUp() {
            return 1;
        }

        @Override
        public Signals signals(BarTape tape) {
            double[] c = tape.close();
            byte[] actions = new byte[c.length];
            boolean in = false;
            for (int i = 1; i + 1 < c.length; i++) {
                if (!in && c[i + 1] > c[i]) {
                    actions[i] = Signal.ENTER_LONG;
                    in = true;
                } else if (in && c[i + 1] < c[i]) {
                    actions[i] = Signal.EXIT_LONG;
                    in = false;
                }
            }
            return new Signals(actions, null, Map.of());
        }
    }
}
