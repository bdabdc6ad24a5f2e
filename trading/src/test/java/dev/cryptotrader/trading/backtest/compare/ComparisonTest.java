package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.sweep.TestTapes;
import dev.cryptotrader.trading.backtest.walkforward.ParameterChoice;
import dev.cryptotrader.trading.backtest.walkforward.WalkForward;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComparisonTest {

    private static final BarTape TAPE = TestTapes.randomWalk(2_000, 21);
    private static final StrategyCatalog CATALOG = StrategyCatalog.builtIn();

    @Test
    void rowsAreMetricsAndColumnsAreRuns() {
        BacktestResult a = run(10, 50, 0);
        BacktestResult b = run(20, 100, 0);
        Comparison comparison = Comparison.of(List.of(a, b, a));

        assertThat(comparison.columns()).containsExactly("sma-cross(fast=10, slow=50, short=0)",
                "sma-cross(fast=20, slow=100, short=0)", "sma-cross(fast=10, slow=50, short=0) (2)");
        assertThat(comparison.rows()).containsExactly(MetricField.values());
        assertThat(comparison.value(MetricField.SHARPE, 1)).isEqualTo(b.metrics().sharpe());
        assertThat(comparison.value(MetricField.TRADES, 0)).isEqualTo(a.metrics().trades());
        int smallerDrawdown = a.metrics().maxDrawdown() <= b.metrics().maxDrawdown() ? 0 : 1;
        assertThat(comparison.bestColumn(MetricField.MAX_DRAWDOWN)).isEqualTo(smallerDrawdown);
        int higherProfit = a.metrics().netProfit() >= b.metrics().netProfit() ? 0 : 1;
        assertThat(comparison.bestColumn(MetricField.NET_PROFIT)).isEqualTo(higherProfit);
        assertThat(comparison.bestColumn(MetricField.TRADES)).isEqualTo(-1);
    }

    @Test
    void cellsReadAsATableShowsThem() {
        Comparison comparison = Comparison.ofRuns(List.of(
                new ComparedRun("a", metrics(1234.5, 0.12345, 1.5, 17), new long[] {1}, new double[] {1}),
                new ComparedRun("b", metrics(-10, Double.NaN, Double.NaN, 0), new long[] {1}, new double[] {1})));

        assertThat(comparison.display(MetricField.NET_PROFIT, 0)).isEqualTo("1,234.50");
        assertThat(comparison.display(MetricField.TOTAL_RETURN, 0)).isEqualTo("12.35%");
        assertThat(comparison.display(MetricField.SHARPE, 0)).isEqualTo("1.50");
        assertThat(comparison.display(MetricField.TRADES, 0)).isEqualTo("17");
        assertThat(comparison.display(MetricField.TOTAL_RETURN, 1)).isEqualTo("—");
        assertThat(comparison.bestColumn(MetricField.SHARPE)).isEqualTo(0); // NaN never wins
    }

    @Test
    void theTableExportsAsCsvWithOneRowPerMetric() {
        Comparison comparison = Comparison.ofRuns(List.of(
                new ComparedRun("sma-cross(fast=10, slow=50)", metrics(1234.5, 0.12345, 1.5, 17), new long[] {1},
                        new double[] {1}),
                new ComparedRun("b", metrics(-10, Double.NaN, 1e-7, 0), new long[] {1}, new double[] {1})));

        String csv = comparison.toCsv();

        assertThat(csv.lines().toList()).startsWith(
                "metric,\"sma-cross(fast=10, slow=50)\",b",
                "net_profit,1234.5,-10.0",
                "total_return,0.12345,",
                "cagr,0.12345,",
                "sharpe,1.5,0.0000001");
        assertThat(csv).contains("\ntrades,17,0\n").endsWith("buy_and_hold_return,0.5,0.5\n");
        assertThat(csv.lines()).hasSize(1 + MetricField.values().length);
    }

    @Test
    void equityCurvesAlignByTimeWithGapsOutsideEachRun() throws IOException {
        long h = 3_600_000L;
        Comparison comparison = Comparison.ofRuns(List.of(
                new ComparedRun("a", metrics(0, 0, 0, 0), new long[] {h, 2 * h, 3 * h}, new double[] {10, 11, 12}),
                new ComparedRun("b", metrics(0, 0, 0, 0), new long[] {2 * h, 4 * h}, new double[] {20, 21})));

        AlignedEquity aligned = comparison.alignedEquity();

        assertThat(aligned.times()).containsExactly(h, 2 * h, 3 * h, 4 * h);
        assertThat(aligned.equity(0)).containsExactly(10, 11, 12, Double.NaN);
        assertThat(aligned.equity(1)).containsExactly(Double.NaN, 20, 20, 21);
        StringWriter out = new StringWriter();
        comparison.writeEquityCsv(out);
        assertThat(out.toString()).isEqualTo("time,a,b\n1970-01-01T01:00:00Z,10.0,\n1970-01-01T02:00:00Z,11.0,20.0\n"
                + "1970-01-01T03:00:00Z,12.0,20.0\n1970-01-01T04:00:00Z,,21.0\n");
    }

    @Test
    void aBacktestAndAWalkForwardShareOneTimeAxis() {
        BacktestResult whole = run(10, 50, 1_000);
        WalkForwardResult walk = new WalkForward(new BacktestEngine(), 1).run(TAPE, WalkForwardPlan.rolling(1_000,
                500), "sma-cross", ParameterChoice.fixed(Map.of("fast", 10.0, "slow", 50.0)),
                BacktestConfig.defaults(10_000, CostModel.flat(10, 0, 5)), ProgressListener.NONE, () -> false);

        ComparedRun backtest = ComparedRun.of(whole);
        ComparedRun oos = ComparedRun.of(walk, "walk-forward (OOS)");
        AlignedEquity aligned = Comparison.ofRuns(List.of(backtest, oos)).alignedEquity();

        assertThat(backtest.times()[0]).isEqualTo(TAPE.closeTime(1_000));
        assertThat(oos.times()).isEqualTo(backtest.times());
        assertThat(aligned.size()).isEqualTo(1_000);
        assertThat(aligned.equity(1)).isEqualTo(walk.equity());
        assertThat(oos.metrics()).isEqualTo(walk.outOfSample());
    }

    @Test
    void badRunsAreRefused() {
        assertThatThrownBy(() -> Comparison.ofRuns(List.of())).hasMessage("a comparison needs at least one run");
        assertThatThrownBy(() -> new ComparedRun("x", metrics(0, 0, 0, 0), new long[] {2, 1}, new double[] {1, 1}))
                .hasMessage("x: equity times must increase, point 1 does not");
        assertThatThrownBy(() -> new ComparedRun("x", metrics(0, 0, 0, 0), new long[] {1}, new double[] {1, 1}))
                .hasMessage("x: 1 times for 2 equity points");
    }

    private static BacktestResult run(int fast, int slow, int tradeFrom) {
        return new BacktestEngine().run(TAPE, CATALOG.create("sma-cross", Map.of("fast", (double) fast,
                "slow", (double) slow)), new BacktestConfig(10_000, CostModel.flat(10, 0, 5), Sizing.ALL_IN, false,
                tradeFrom));
    }

    private static Metrics metrics(double netProfit, double totalReturn, double sharpe, int trades) {
        return new Metrics(netProfit, totalReturn, totalReturn, sharpe, Double.NaN, Double.NaN, 0.1, 3, 0.5,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.5, trades, 2, Double.NaN, 0.5);
    }
}
