package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.metrics.Metrics;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class MetricFormatTest {

    static final Metrics SAMPLE = new Metrics(1234.5, 0.12345, 0.081, 1.4567, 2.1, Double.NaN, 0.183, 412, 0.5,
            Double.POSITIVE_INFINITY, 12.3, 150, -75.25, 0.42, 37, 88.8, 1.9, -0.05);

    @Test
    void everyKindReadsWellAndNaNIsADash() {
        assertThat(MetricColumn.NET_PROFIT.format(SAMPLE)).isEqualTo("1,234.50");
        assertThat(MetricColumn.TOTAL_RETURN.format(SAMPLE)).isEqualTo("12.35%");
        assertThat(MetricColumn.SHARPE.format(SAMPLE)).isEqualTo("1.46");
        assertThat(MetricColumn.CALMAR.format(SAMPLE)).isEqualTo("—");
        assertThat(MetricColumn.PROFIT_FACTOR.format(SAMPLE)).isEqualTo("∞");
        assertThat(MetricColumn.MAX_DRAWDOWN_BARS.format(SAMPLE)).isEqualTo("412");
        assertThat(MetricColumn.MAX_DRAWDOWN_BARS.title()).isEqualTo("Longest drawdown (bars)");
        assertThat(MetricColumn.TRADES.format(SAMPLE)).isEqualTo("37");
        assertThat(MetricColumn.AVERAGE_LOSS.format(SAMPLE)).isEqualTo("-75.25");
        assertThat(MetricColumn.BUY_AND_HOLD_RETURN.format(SAMPLE)).isEqualTo("-5.00%");
        assertThat(MetricFormat.amount(0.00125)).isEqualTo("0.00125");
        assertThat(MetricFormat.amount(43120.5)).isEqualTo("43,120.5");
        assertThat(MetricFormat.parameter(20)).isEqualTo("20");
        assertThat(MetricFormat.parameter(0.1 + 0.2)).isEqualTo("0.3");
    }

    @Test
    void everyMetricsFieldHasAColumnWithItsCliKey() {
        assertThat(MetricColumn.values()).hasSize(Metrics.class.getRecordComponents().length);
        assertThat(Arrays.stream(MetricColumn.values()).map(c -> c.value(SAMPLE)).distinct().count())
                .as("each column reads a different field").isEqualTo(MetricColumn.values().length);
        assertThat(MetricColumn.byKey("max_drawdown")).isEqualTo(MetricColumn.MAX_DRAWDOWN);
    }

    @Test
    void drawdownIsBetterWhenSmallerWhicheverSignItHas() {
        assertThat(MetricColumn.MAX_DRAWDOWN.better(0.1, 0.3)).isTrue();
        assertThat(MetricColumn.MAX_DRAWDOWN.better(-0.1, -0.3)).isTrue();
        assertThat(MetricColumn.MAX_DRAWDOWN.higherIsBetter(0.2)).isFalse();
        assertThat(MetricColumn.SHARPE.better(1.2, 0.8)).isTrue();
        assertThat(MetricColumn.SHARPE.better(Double.NaN, 0.8)).isFalse();
        assertThat(MetricColumn.FEES.better(10, 20)).isTrue();
    }
}
