package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import dev.cryptotrader.trading.backtest.sweep.TestTapes;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WalkForwardTest {

    private static final BacktestConfig FREE = BacktestConfig.defaults(1_000, CostModel.FREE);
    private final WalkForward walkForward = new WalkForward(new BacktestEngine(), 2);

    @Test
    void everyRunSeesOnlyItsWindowAndTheWarmUpBeforeIt() {
        BarTape tape = TestTapes.randomWalk(1_000, 3);
        List<RecordingStrategy.Seen> seen = RecordingStrategy.log();
        StrategyFactory factory = p -> new RecordingStrategy(seen, 20, TestTapes.START, TestTapes.H4);

        WalkForwardResult result = walkForward.run(tape, WalkForwardPlan.rolling(300, 100), factory,
                ParameterChoice.fixed(Map.of()), FREE, ProgressListener.NONE, () -> false);

        List<RecordingStrategy.Seen> expected = new ArrayList<>();
        for (Fold f : result.plan().folds(tape)) {
            expected.add(span(tape, Math.max(0, f.trainFrom() - 20), f.trainTo()));
            expected.add(span(tape, f.testFrom() - 20, f.testTo()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(result.folds()).hasSize(7);
        for (FoldResult f : result.folds()) {
            // the first decision is at the first test bar's close, so the first entry fills at the next open
            assertThat(f.testTrades().getFirst().entryIndex()).isEqualTo(f.fold().testFrom() + 1);
            assertThat(f.testTrades()).allSatisfy(t -> {
                assertThat(t.entryIndex()).isBetween(f.fold().testFrom(), f.fold().testTo() - 1);
                assertThat(t.exitIndex()).isLessThanOrEqualTo(f.fold().testTo() - 1);
            });
            assertThat(f.testEquity()).hasSize(100);
        }
    }

    @Test
    void anchoredTrainingAlwaysStartsAtBarZero() {
        BarTape tape = TestTapes.randomWalk(700, 3);
        List<RecordingStrategy.Seen> seen = RecordingStrategy.log();
        StrategyFactory factory = p -> new RecordingStrategy(seen, 20, TestTapes.START, TestTapes.H4);

        WalkForwardResult result = walkForward.run(tape, WalkForwardPlan.anchored(300, 200), factory,
                ParameterChoice.fixed(Map.of()), FREE, ProgressListener.NONE, () -> false);

        assertThat(result.folds()).extracting(FoldResult::fold)
                .containsExactly(new Fold(0, 0, 300, 300, 500), new Fold(1, 0, 500, 500, 700));
        assertThat(seen).containsExactly(span(tape, 0, 300), span(tape, 280, 500), span(tape, 0, 500),
                span(tape, 480, 700));
    }

    @Test
    void theTestFoldsChainIntoOneOutOfSampleAccount() {
        // always long from bar 1; fold 0 tests bars 4..6, fold 1 bars 7..9
        double[] open = {100, 100, 100, 100, 100, 100, 121, 121, 200, 180};
        double[] close = {100, 100, 100, 100, 100, 110, 121, 121, 180, 220};
        BarTape tape = tape(open, close);

        WalkForwardResult result = walkForward.run(tape, WalkForwardPlan.rolling(4, 3), p -> new AlwaysLong(),
                ParameterChoice.fixed(Map.of()), FREE, ProgressListener.NONE, () -> false);

        // fold 0: in at bar 5's open (100): 1000 → 1100 → 1210; fold 1: in at bar 8's open (200) with 1210:
        // 1210 → 1210 × 180/200 = 1089 → 1210 × 220/200 = 1331
        assertThat(result.folds().get(0).testEquity()).containsExactly(1000, 1100, 1210);
        assertThat(result.folds().get(1).testEquity()).containsExactly(1000, 900, 1100);
        assertThat(result.equity()).usingComparatorWithPrecision(1e-9).containsExactly(1000, 1100, 1210, 1210, 1089,
                1331);
        assertThat(result.times()).containsExactly(tape.closeTime(4), tape.closeTime(5), tape.closeTime(6),
                tape.closeTime(7), tape.closeTime(8), tape.closeTime(9));
        assertThat(result.trades()).extracting(Trade::entryIndex).containsExactly(5, 8);
        assertThat(result.trades().get(1).quantity()).isCloseTo(5 * 1.21, within(1e-9));
        assertThat(result.trades().get(1).pnl()).isCloseTo(121, within(1e-9));
        assertThat(result.outOfSample().netProfit()).isCloseTo(331, within(1e-9));
        assertThat(result.outOfSample().totalReturn()).isCloseTo(0.331, within(1e-12));
        assertThat(result.outOfSample().trades()).isEqualTo(2);
        assertThat(result.outOfSample().buyAndHoldReturn()).isCloseTo(220.0 / 100 - 1, within(1e-12));
    }

    @Test
    void anOptimisedFoldTakesTheBestTrainRunToItsTestWindow() {
        BarTape tape = TestTapes.randomWalk(3_000, 11);
        ParameterGrid grid = ParameterGrid.builder().values("fast", 5, 10, 20).values("slow", 50, 100).build();
        BacktestConfig config = BacktestConfig.defaults(10_000, CostModel.flat(10, 2, 5));
        BacktestEngine engine = new BacktestEngine();
        var catalog = StrategyCatalog.builtIn();

        WalkForwardResult result = walkForward.run(tape, WalkForwardPlan.rolling(1_000, 500), "sma-cross",
                ParameterChoice.optimise(grid, MetricField.SHARPE), config, ProgressListener.NONE, () -> false);

        assertThat(result.folds()).hasSize(4);
        assertThat(result.strategy()).isEqualTo("sma-cross");
        for (FoldResult f : result.folds()) {
            Fold fold = f.fold();
            int trainStart = Math.max(0, fold.trainFrom() - 100);
            BarTape train = tape.slice(trainStart, fold.trainTo());
            BacktestConfig trainConfig = new BacktestConfig(10_000, config.costs(), config.sizing(), false,
                    fold.trainFrom() - trainStart);
            Map<String, Double> best = null;
            double bestSharpe = Double.NEGATIVE_INFINITY;
            for (Map<String, Double> p : grid.combinations()) {
                double sharpe = engine.run(train, catalog.create("sma-cross", p), trainConfig).metrics().sharpe();
                if (sharpe > bestSharpe) {
                    bestSharpe = sharpe;
                    best = p;
                }
            }
            assertThat(f.parameters()).as("fold %d", fold.index()).isEqualTo(best);
            assertThat(f.inSample().sharpe()).isEqualTo(bestSharpe);
            Strategy chosen = catalog.create("sma-cross", best);
            BarTape test = tape.slice(fold.testFrom() - chosen.warmUp(), fold.testTo());
            var alone = engine.run(test, chosen, new BacktestConfig(10_000, config.costs(), config.sizing(), false,
                    chosen.warmUp()));
            assertThat(f.outOfSample()).isEqualTo(alone.metrics());
            assertThat(f.trainSweep().rows()).hasSize(6);
        }
        assertThat(result.equity()).hasSize(2_000);
        assertThat(result.ratio().sharpeFolds()).isEqualTo(4);
        assertThat(result.oosIsRatio()).isEqualTo(result.ratio().meanOutOfSampleSharpe()
                / result.ratio().meanInSampleSharpe());
    }

    @Test
    void progressCountsEachTrainRunAndEachTestRun() {
        BarTape tape = TestTapes.randomWalk(1_500, 5);
        ParameterGrid grid = ParameterGrid.builder().values("fast", 5, 10).values("slow", 50).build();
        List<long[]> reports = new CopyOnWriteArrayList<>();

        walkForward.run(tape, WalkForwardPlan.rolling(500, 500), "sma-cross", ParameterChoice.optimise(grid), FREE,
                (done, total) -> reports.add(new long[] {done, total}), () -> false);

        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(6));
        assertThat(reports.stream().mapToLong(r -> r[0]).max()).hasValue(6);
    }

    @Test
    void aCancelStopsTheWalkForward() {
        BarTape tape = TestTapes.randomWalk(1_500, 5);
        int[] calls = {0};

        assertThatThrownBy(() -> walkForward.run(tape, WalkForwardPlan.rolling(500, 500), "sma-cross",
                ParameterChoice.fixed(Map.of("fast", 5.0, "slow", 50.0)), FREE, ProgressListener.NONE,
                () -> ++calls[0] > 2)).isInstanceOf(CancellationException.class);
        assertThat(calls[0]).isLessThan(6);
    }

    @Test
    void badSetupsAreRefusedBeforeAnyRun() {
        BarTape tape = TestTapes.randomWalk(1_000, 5);
        ParameterGrid grid = ParameterGrid.builder().values("fast", 5).values("slow", 50, 300).build();

        assertThatThrownBy(() -> walkForward.run(tape, WalkForwardPlan.rolling(250, 100), "sma-cross",
                ParameterChoice.optimise(grid), FREE, ProgressListener.NONE, () -> false))
                .hasMessage("the first train window (bars 0 to 249) is too short for sma-cross(fast=5, slow=300,"
                        + " short=0), which needs 300 bars of warm-up; lengthen the train window or narrow the grid");
        assertThatThrownBy(() -> walkForward.run(tape, WalkForwardPlan.rolling(900, 200), "sma-cross",
                ParameterChoice.optimise(grid), FREE, ProgressListener.NONE, () -> false))
                .hasMessageContaining("not enough bars for one fold");
        assertThatThrownBy(() -> walkForward.run(tape, WalkForwardPlan.rolling(500, 100), "sma-cross",
                ParameterChoice.fixed(Map.of("fats", 5.0)), FREE, ProgressListener.NONE, () -> false))
                .hasMessageContaining("sma-cross has no parameter 'fats'");
        assertThatThrownBy(() -> walkForward.run(tape, WalkForwardPlan.rolling(500, 100), "sma-cross",
                ParameterChoice.fixed(Map.of("fast", 60.0, "slow", 50.0)), FREE, ProgressListener.NONE, () -> false))
                .hasMessageContaining("no combination of the grid makes a strategy").hasMessageContaining("slow");
    }

    private static RecordingStrategy.Seen span(BarTape tape, int from, int to) {
        return new RecordingStrategy.Seen(tape.openTime()[from], tape.openTime()[to - 1]);
    }

    private static BarTape tape(double[] open, double[] close) {
        int n = open.length;
        long[] time = new long[n];
        double[] high = new double[n];
        double[] low = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = TestTapes.START + i * TestTapes.H4;
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
        }
        return new BarTape("hand", TestTapes.H4, time, open, high, low, close, new double[n]);
    }

    /** Enters long at every close from bar 1 on (the engine ignores entries while already long). */
    private static final class AlwaysLong implements Strategy {
        @Override
        public String id() {
            return "always-long";
        }

        @Override
        public Map<String, Double> parameters() {
            return Map.of();
        }

        @Override
        public int warmUp() {
            return 1;
        }

        @Override
        public Signals signals(BarTape tape) {
            byte[] actions = new byte[tape.size()];
            Arrays.fill(actions, 1, actions.length, Signal.ENTER_LONG);
            return new Signals(actions, null, Map.of());
        }
    }
}
