package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.heatmap.HeatCell;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SweepGridTest {

    @Test
    void eachCellShowsTheBestRunOverTheOtherParameters() {
        List<SweepView.Row> rows = new ArrayList<>();
        for (double fast : new double[]{10, 5}) {
            for (double slow : new double[]{50, 100}) {
                for (double stop : new double[]{1, 2}) {
                    double sharpe = fast / 10 + slow / 100 + (stop == 2 ? 0.5 : 0);
                    rows.add(new SweepView.Row(Map.of("fast", fast, "slow", slow, "stop", stop), sharpe(sharpe)));
                }
            }
        }
        SweepGrid grid = SweepGrid.of(new SweepView(List.of("fast", "slow", "stop"), rows), "fast", "slow",
                MetricColumn.SHARPE);

        assertThat(grid.data().xValues()).containsExactly(5, 10);
        assertThat(grid.data().yValues()).containsExactly(50, 100);
        assertThat(grid.data().value(1, 1)).isEqualTo(1 + 1 + 0.5);
        assertThat(grid.data().metricName()).isEqualTo("Sharpe (best over the other parameters)");
        assertThat(grid.data().higherIsBetter()).isTrue();
        SweepView.Row best = grid.row(new HeatCell(0, 1, 5, 100, 2.0));
        assertThat(best.parameters()).containsEntry("fast", 5.0).containsEntry("slow", 100.0).containsEntry("stop",
                2.0);
    }

    @Test
    void lowerIsBetterForDrawdownAndMissingCellsAreEmpty() {
        List<SweepView.Row> rows = List.of(
                new SweepView.Row(Map.of("a", 1.0, "b", 1.0), drawdown(0.3)),
                new SweepView.Row(Map.of("a", 2.0, "b", 2.0), drawdown(0.1)));
        SweepGrid grid = SweepGrid.of(new SweepView(List.of("a", "b"), rows), "a", "b", MetricColumn.MAX_DRAWDOWN);
        assertThat(grid.data().higherIsBetter()).isFalse();
        assertThat(grid.data().value(1, 0)).isNaN();
        assertThat(grid.row(new HeatCell(1, 0, 2, 1, Double.NaN))).isNull();
        assertThat(grid.data().format().apply(0.1)).isEqualTo("10.00%");
    }

    static Metrics sharpe(double s) {
        return new Metrics(0, 0, 0, s, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static Metrics drawdown(double dd) {
        return new Metrics(0, 0, 0, 0, 0, 0, dd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
