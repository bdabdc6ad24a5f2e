package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepTest {

    private static final BarTape TAPE = TestTapes.randomWalk(3_000, 7);
    private static final BacktestConfig CONFIG = BacktestConfig.defaults(10_000, CostModel.flat(10, 2, 5));
    private static final ParameterGrid GRID = ParameterGrid.builder()
            .values("fast", 5, 10, 20, 40).values("slow", 20, 50, 100).build();
    private final BacktestEngine engine = new BacktestEngine();

    @Test
    void everyRowIsWhatTheEngineGivesForThatCombinationAlone() {
        SweepResult result = new Sweep(engine, 2).run(TAPE, "sma-cross", GRID, CONFIG, ProgressListener.NONE,
                () -> false);

        StrategyCatalog catalog = StrategyCatalog.builtIn();
        assertThat(result.rows()).extracting(SweepRow::label).hasSize(10); // fast 20 and 40 with slow 20 are refused
        for (SweepRow row : result.rows()) {
            var alone = engine.run(TAPE, catalog.create("sma-cross", row.parameters()), CONFIG);
            assertThat(row.metrics()).as(row.label()).isEqualTo(alone.metrics());
            assertThat(row.label()).isEqualTo(alone.label());
        }
        assertThat(result.rows()).extracting(SweepRow::index).isSorted();
        assertThat(result.rows().stream().mapToInt(r -> r.metrics().trades()).sum()).isGreaterThan(50);
        assertThat(result.strategy()).isEqualTo("sma-cross");
        assertThat(result.cancelled()).isFalse();
    }

    @Test
    void refusedCombinationsAreListedWithTheirReason() {
        SweepResult result = new Sweep(engine, 1).run(TAPE, "sma-cross", GRID, CONFIG, ProgressListener.NONE,
                () -> false);

        assertThat(result.skipped()).extracting(s -> s.parameters().get("fast") + "/" + s.parameters().get("slow"))
                .containsExactly("20.0/20.0", "40.0/20.0");
        assertThat(result.skipped().getFirst().reason()).contains("sma-cross").contains("slow");
    }

    @Test
    void parallelAndSequentialSweepsGiveTheSameTable() {
        SweepResult sequential = new Sweep(engine, 1).run(TAPE, "sma-cross", GRID, CONFIG, ProgressListener.NONE,
                () -> false);
        SweepResult parallel = new Sweep(engine, 4).run(TAPE, "sma-cross", GRID, CONFIG, ProgressListener.NONE,
                () -> false);

        assertThat(parallel.rows()).isEqualTo(sequential.rows());
        assertThat(parallel.skipped()).isEqualTo(sequential.skipped());
    }

    @Test
    void progressCountsEveryCombinationOnce() {
        List<Long> reports = Collections.synchronizedList(new ArrayList<>());
        AtomicLong total = new AtomicLong();
        new Sweep(engine, 3).run(TAPE, "sma-cross", GRID, CONFIG, (done, all) -> {
            reports.add(done);
            total.set(all);
        }, () -> false);

        assertThat(total.get()).isEqualTo(12);
        assertThat(reports).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void aCancelStopsHandingOutCombinations() {
        AtomicInteger done = new AtomicInteger();
        SweepResult result = new Sweep(engine, 1).run(TAPE, "sma-cross", GRID, CONFIG,
                (d, all) -> done.set((int) d), () -> done.get() >= 4);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.rows().size() + result.skipped().size()).isEqualTo(4);

        AtomicInteger parallelDone = new AtomicInteger();
        SweepResult parallel = new Sweep(engine, 2).run(TAPE, "sma-cross", GRID, CONFIG,
                (d, all) -> parallelDone.incrementAndGet(), () -> parallelDone.get() >= 4);
        assertThat(parallel.cancelled()).isTrue();
        assertThat(parallel.rows().size() + parallel.skipped().size()).isBetween(4, 5); // one may be in flight
    }

    @Test
    void rowsSortByAnyMetricWithUndefinedValuesLast() {
        SweepResult result = new Sweep(engine, 2).run(TAPE, "sma-cross", GRID, CONFIG, ProgressListener.NONE,
                () -> false);

        List<SweepRow> bySharpe = result.sortedBy(MetricField.SHARPE);
        assertThat(bySharpe).extracting(r -> r.metrics().sharpe()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(result.best(MetricField.SHARPE)).contains(bySharpe.getFirst());
        List<SweepRow> byDrawdown = result.sortedBy(MetricField.MAX_DRAWDOWN);
        assertThat(byDrawdown).extracting(r -> r.metrics().maxDrawdown()).isSorted();
        assertThat(result.sortedBy(MetricField.TRADES, false)).extracting(r -> r.metrics().trades()).isSorted();
        assertThat(result.sortedByParameter("slow")).extracting(r -> r.parameter("slow")).isSorted();
    }

    @Test
    void aHeatMapCellIsTheBestRunForItsTwoValues() {
        ParameterGrid grid = ParameterGrid.builder().values("fast", 5, 10).values("slow", 30, 60)
                .values("short", 0, 1).build();
        SweepResult result = new Sweep(engine, 2).run(TAPE, "sma-cross", grid,
                new BacktestConfig(10_000, CostModel.FREE, Sizing.ALL_IN, true, 0),
                ProgressListener.NONE, () -> false);

        HeatMap map = result.heatMap("fast", "slow", MetricField.NET_PROFIT);

        assertThat(map.xs()).containsExactly(5, 10);
        assertThat(map.ys()).containsExactly(30, 60);
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                double fast = map.xs()[x];
                double slow = map.ys()[y];
                double best = result.rows().stream()
                        .filter(r -> r.parameter("fast") == fast && r.parameter("slow") == slow)
                        .mapToDouble(r -> r.metrics().netProfit()).max().orElseThrow();
                assertThat(map.value(x, y)).isEqualTo(best);
            }
        }
        assertThat(map.range()[0]).isLessThanOrEqualTo(map.range()[1]);
        assertThatThrownBy(() -> result.heatMap("fast", "period", MetricField.SHARPE))
                .hasMessageContaining("no parameter period");
    }

    @Test
    void badInputIsRefusedBeforeAnyRun() {
        Sweep sweep = new Sweep(engine, 2);
        assertThatThrownBy(() -> sweep.run(TAPE, "sma-crosss", GRID, CONFIG, ProgressListener.NONE, () -> false))
                .hasMessageContaining("unknown strategy 'sma-crosss'");
        ParameterGrid typo = ParameterGrid.builder().values("fats", 5).build();
        assertThatThrownBy(() -> sweep.run(TAPE, "sma-cross", typo, CONFIG, ProgressListener.NONE, () -> false))
                .hasMessageContaining("sma-cross has no parameter 'fats'");
        ParameterGrid impossible = ParameterGrid.builder().values("fast", 50).values("slow", 10, 20).build();
        assertThatThrownBy(() -> sweep.run(TAPE, "sma-cross", impossible, CONFIG, ProgressListener.NONE,
                () -> false)).hasMessageStartingWith("no combination of the grid could run (2 refused)");
        assertThatThrownBy(() -> new Sweep(engine, 0)).hasMessage("parallelism must be >= 1, was 0");
    }

    @Test
    void aFailureThatIsNotARefusalStopsTheSweepNamingTheCombination() {
        StrategyFactory broken = p -> {
            if (p.get("fast") == 10.0) {
                throw new IllegalStateException("boom");
            }
            return StrategyCatalog.builtIn().create("sma-cross", p);
        };

        assertThatThrownBy(() -> new Sweep(engine, 2).run(TAPE, broken, GRID, CONFIG, ProgressListener.NONE,
                () -> false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fast=10.0").hasMessageContaining("boom");
    }
}
