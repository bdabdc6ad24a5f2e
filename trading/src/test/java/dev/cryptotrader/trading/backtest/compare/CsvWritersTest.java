package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.sweep.Sweep;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.sweep.TestTapes;
import dev.cryptotrader.trading.backtest.walkforward.ParameterChoice;
import dev.cryptotrader.trading.backtest.walkforward.WalkForward;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWritersTest {

    private static final BarTape TAPE = TestTapes.randomWalk(1_500, 4);
    private static final BacktestConfig CONFIG = BacktestConfig.defaults(10_000, CostModel.flat(10, 0, 5));
    private static final ParameterGrid GRID = ParameterGrid.builder().values("fast", 5, 60).values("slow", 50)
            .build();

    @Test
    void aSweepIsOneRowPerCombinationWithRefusalsLast() throws IOException {
        SweepResult sweep = new Sweep(new BacktestEngine(), 1).run(TAPE, "sma-cross", GRID, CONFIG,
                ProgressListener.NONE, () -> false);
        StringWriter out = new StringWriter();

        SweepCsv.write(sweep, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("fast,slow,label,net_profit,total_return,").endsWith(",skipped");
        assertThat(lines.get(1)).startsWith("5,50,\"sma-cross(fast=5, slow=50, short=0)\","
                + CsvText.decimal(sweep.rows().getFirst().metrics().netProfit()) + ",").endsWith(",");
        assertThat(lines.get(2)).startsWith("60,50,,,,").contains("sma-cross").contains("slow");
        assertThat(lines.get(1).split(",", -1)).hasSize(lines.get(0).split(",", -1).length + 2); // quoted label
    }

    @Test
    void aWalkForwardGivesItsFoldTableAndItsStitchedEquity() throws IOException {
        WalkForwardResult walk = new WalkForward(new BacktestEngine(), 1).run(TAPE, WalkForwardPlan.rolling(500, 500),
                "sma-cross", ParameterChoice.optimise(GRID), CONFIG, ProgressListener.NONE, () -> false);
        StringWriter folds = new StringWriter();
        StringWriter equity = new StringWriter();

        WalkForwardCsv.writeFolds(walk, folds);
        WalkForwardCsv.writeEquity(walk, equity);

        List<String> rows = folds.toString().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("fold,train_start,train_end,test_start,test_end,parameters,is_total_return")
                .contains(",oos_sharpe,");
        String firstTest = Instant.ofEpochMilli(TAPE.openTime()[500]).toString();
        String firstTestEnd = Instant.ofEpochMilli(TAPE.closeTime(999)).toString();
        assertThat(rows.get(1)).startsWith("1," + Instant.ofEpochMilli(TAPE.openTime()[0]) + ","
                + firstTest + "," + firstTest + "," + firstTestEnd + ",fast=5; slow=50,");
        assertThat(rows.get(1)).contains("," + CsvText.decimal(walk.folds().getFirst().outOfSample().sharpe()) + ",");
        List<String> points = equity.toString().lines().toList();
        assertThat(points).hasSize(1 + 1_000);
        assertThat(points.get(1)).isEqualTo(Instant.ofEpochMilli(TAPE.closeTime(500)) + ","
                + CsvText.decimal(walk.equity()[0]));
        assertThat(MetricField.SHARPE.key()).isEqualTo("sharpe");
    }
}
