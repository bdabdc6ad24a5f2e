package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The panel's engine adapter over a real SQLite store and the real backtest engine. */
class EngineBacktestServiceTest {

    private static final int BARS = 600;
    private static final BacktestConfig CONFIG = BacktestConfig.defaults(10_000, CostModel.flat(10, 0, 5));

    @TempDir
    Path dir;

    private SqliteCandleStore store;
    private EngineBacktestService service;

    @BeforeEach
    void storeWithBars() {
        store = SqliteCandleStore.open(dir.resolve("bars.db"));
        BarTape walk = FakeBacktestService.tape(BARS);
        CandleSeries.Builder b = CandleSeries.builder(BARS, 2, 0);
        for (int i = 0; i < BARS; i++) {
            b.addMantissas(walk.openTime()[i], cents(walk.open()[i]), cents(walk.high()[i]), cents(walk.low()[i]),
                    cents(walk.close()[i]), 100);
        }
        store.upsert(FakeBacktestService.BTC_4H, b.build());
        service = new EngineBacktestService(() -> store, new CrossSource(), new BacktestEngine());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void runsTheStoredBarsOfTheRangeThroughTheEngine() {
        long from = FakeBacktestService.START + 100 * 4 * 3_600_000L;
        BacktestRequest request = new BacktestRequest(FakeBacktestService.BTC_4H, new TimeRange(from, Long.MAX_VALUE),
                new StrategyChoice.Catalog("cross", Map.of("fast", 5.0, "slow", 20.0)), CONFIG);
        AtomicReference<Double> progress = new AtomicReference<>(0.0);

        BacktestRun run = service.run(request, new RunControl(progress::set));

        assertThat(run.result().tape().size()).isEqualTo(BARS - 100);
        assertThat(run.result().tape().openTime()[0]).isEqualTo(from);
        assertThat(run.result().label()).isEqualTo("cross(fast=5, slow=20)");
        assertThat(run.result().trades()).isNotEmpty();
        assertThat(run.result().metrics().trades()).isEqualTo(run.result().trades().size());
        assertThat(progress.get()).isEqualTo(1.0);
    }

    @Test
    void sweepsEveryCombinationTheStrategyTakes() {
        BacktestRequest base = new BacktestRequest(FakeBacktestService.BTC_4H, TimeRange.ALL,
                new StrategyChoice.Catalog("cross", Map.of("fast", 5.0, "slow", 20.0)), CONFIG);
        SweepView sweep = service.sweep(new SweepRequest(base, List.of(new ParameterRange("fast", 5, 15, 5),
                new ParameterRange("slow", 10, 30, 10), new ParameterRange("fixed", 1, 1, 1))), RunControl.none());

        assertThat(sweep.parameters()).as("only the parameters that vary").containsExactly("fast", "slow");
        assertThat(sweep.rows()).as("fast 10 and 15 with slow 10 are refused").hasSize(7);
        assertThat(sweep.rows()).allSatisfy(r -> assertThat(r.parameter("fast")).isLessThan(r.parameter("slow")));
        SweepView.Row one = sweep.rows().stream().filter(r -> r.parameter("fast") == 5 && r.parameter("slow") == 20)
                .findFirst().orElseThrow();
        BacktestRun single = service.run(base, RunControl.none());
        assertThat(one.metrics()).isEqualTo(single.result().metrics());
    }

    @Test
    void aCancelledSweepStopsAndBadInputIsNamed() {
        BacktestRequest base = new BacktestRequest(FakeBacktestService.BTC_4H, TimeRange.ALL,
                new StrategyChoice.Catalog("cross", Map.of("fast", 5.0, "slow", 20.0)), CONFIG);
        RunControl cancelled = RunControl.none();
        cancelled.cancel();
        assertThatThrownBy(() -> service.sweep(new SweepRequest(base, List.of(new ParameterRange("fast", 2, 9, 1))),
                cancelled)).isInstanceOf(CancellationException.class);

        BacktestRequest empty = new BacktestRequest(FakeBacktestService.BTC_4H, new TimeRange(0, 1000),
                base.strategy(), CONFIG);
        assertThatThrownBy(() -> service.run(empty, RunControl.none())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No stored bars of binance BTC/USDT 4h from 1970-01-01T00:00:00Z to "
                        + "1970-01-01T00:00:01Z: pick other dates or backfill the series first");
    }

    @Test
    void walksForwardThroughTheEngineOptimisingEachTrainFold() {
        BacktestRequest base = new BacktestRequest(FakeBacktestService.BTC_4H, TimeRange.ALL,
                new StrategyChoice.Catalog("cross", Map.of("fast", 5.0, "slow", 20.0)), CONFIG);
        AtomicReference<Double> progress = new AtomicReference<>(0.0);

        WalkForwardView wf = service.walkForward(new WalkForwardRequest(base, 100, 50, 50, false,
                List.of(new ParameterRange("fast", 5, 10, 5)), "sharpe"), new RunControl(progress::set));

        long h4 = 4 * 3_600_000L;
        int folds = (BARS - 100) / 50; // rolling: 100 train bars, then 50 test bars, moved on by 50
        assertThat(wf.folds()).hasSize(folds);
        WalkForwardView.Fold second = wf.folds().get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.trainFrom()).isEqualTo(FakeBacktestService.START + 50 * h4);
        assertThat(second.testFrom()).isEqualTo(FakeBacktestService.START + 150 * h4);
        assertThat(second.testTo()).isEqualTo(FakeBacktestService.START + 200 * h4);
        assertThat(wf.folds()).allSatisfy(f -> {
            assertThat(f.parameters().get("slow")).as("the fixed parameter is kept").isEqualTo(20.0);
            assertThat(f.parameters().get("fast")).isIn(5.0, 10.0);
        });
        assertThat(wf.equity()).as("one stitched point per test bar").hasSize(folds * 50);
        assertThat(wf.equityTime()[0]).isEqualTo(FakeBacktestService.START + 101 * h4);
        assertThat(progress.get()).isEqualTo(1.0);
    }

    @Test
    void exportsWriteTheEngineFormats() throws Exception {
        BacktestRun run = service.run(new BacktestRequest(FakeBacktestService.BTC_4H, TimeRange.ALL,
                new StrategyChoice.Catalog("cross", Map.of("fast", 5.0, "slow", 20.0)), CONFIG), RunControl.none());
        FileExporter exporter = new FileExporter();
        exporter.tradesCsv(run.result(), dir.resolve("t.csv"));
        exporter.equityCsv(run.result(), dir.resolve("e.csv"));
        exporter.metricsJson(run.result(), dir.resolve("m.json"));
        assertThat(Files.readAllLines(dir.resolve("t.csv"))).hasSize(run.result().trades().size() + 1);
        assertThat(Files.readAllLines(dir.resolve("e.csv")).size()).isGreaterThan(BARS);
        assertThat(Files.readString(dir.resolve("m.json"))).contains("\"net_profit\"").doesNotContain("\"equity\"");
    }

    private static long cents(double price) {
        return Math.round(price * 100);
    }

    /** One strategy, "cross": long when SMA(fast) is above SMA(slow); refuses fast >= slow like the real one. */
    static final class CrossSource implements EngineBacktestService.StrategySource {
        @Override
        public List<StrategySpec> specs() {
            return List.of(new StrategySpec("cross", "SMA cross", List.of(
                    new StrategySpec.ParameterSpec("fast", 5, 2, 100, true),
                    new StrategySpec.ParameterSpec("slow", 20, 3, 300, true))));
        }

        @Override
        public Strategy create(StrategyChoice choice) {
            if (!(choice instanceof StrategyChoice.Catalog c) || !c.id().equals("cross")) {
                throw new IllegalArgumentException("unknown strategy " + choice.label());
            }
            int fast = c.parameters().get("fast").intValue();
            int slow = c.parameters().get("slow").intValue();
            if (fast >= slow) {
                throw new IllegalArgumentException("fast (" + fast + ") must be below slow (" + slow + ")");
            }
            return new Strategy() {
                @Override
                public String id() {
                    return "cross";
                }

                @Override
                public Map<String, Double> parameters() {
                    Map<String, Double> p = new LinkedHashMap<>();
                    p.put("fast", (double) fast);
                    p.put("slow", (double) slow);
                    return p;
                }

                @Override
                public int warmUp() {
                    return slow;
                }

                @Override
                public Signals signals(BarTape tape) {
                    byte[] a = new byte[tape.size()];
                    for (int i = slow; i < tape.size(); i++) {
                        boolean above = sma(tape.close(), i, fast) > sma(tape.close(), i, slow);
                        boolean wasAbove = sma(tape.close(), i - 1, fast) > sma(tape.close(), i - 1, slow);
                        a[i] = above && !wasAbove ? Signal.ENTER_LONG : !above && wasAbove ? Signal.EXIT_LONG
                                : Signal.NONE;
                    }
                    return new Signals(a, null, Map.of());
                }
            };
        }

        private static double sma(double[] v, int i, int n) {
            double s = 0;
            for (int k = i - n + 1; k <= i; k++) {
                s += v[k];
            }
            return s / n;
        }
    }
}
