package dev.cryptotrader.trading.backtest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input that cannot give honest metrics is refused with a message naming what is wrong. */
class MetricsInputErrorsTest {

    private static final long DAY = 86_400_000L;
    private static final double[] EQUITY = {100, 101};

    private static MetricsInput with(double capital, double[] equity) {
        return new MetricsInput(capital, equity, DAY, List.of(), 0, 0, 1, 1);
    }

    @Test
    void emptyEquityIsRefused() {
        assertThatThrownBy(() -> MetricsCalculator.compute(with(100, new double[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equity curve is empty");
        assertThatThrownBy(() -> MetricsCalculator.compute(with(100, null)))
                .hasMessageContaining("equity curve is empty");
    }

    @Test
    void capitalMustBePositive() {
        for (double capital : new double[]{0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MetricsCalculator.compute(with(capital, EQUITY)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("initial capital must be > 0, was " + capital);
        }
    }

    @Test
    void anEquityValueThatIsNotANumberIsNamedByItsBar() {
        assertThatThrownBy(() -> MetricsCalculator.compute(with(100, new double[]{100, 101, Double.NaN})))
                .hasMessageContaining("equity at bar 2 is not a number");
    }

    @Test
    void otherFieldsAreChecked() {
        assertThatThrownBy(() -> MetricsCalculator.compute(new MetricsInput(100, EQUITY, 0, List.of(), 0, 0, 1, 1)))
                .hasMessageContaining("bar length must be > 0 ms");
        assertThatThrownBy(() -> MetricsCalculator.compute(new MetricsInput(100, EQUITY, DAY, null, 0, 0, 1, 1)))
                .hasMessageContaining("trades are missing");
        assertThatThrownBy(() -> MetricsCalculator.compute(new MetricsInput(100, EQUITY, DAY, List.of(), 3, 0, 1, 1)))
                .hasMessageContaining("bars in market must be within 0..2, was 3");
        assertThatThrownBy(() -> MetricsCalculator.compute(
                new MetricsInput(100, EQUITY, DAY, List.of(), 0, Double.NaN, 1, 1)))
                .hasMessageContaining("fees must be a number");
        assertThatThrownBy(() -> MetricsCalculator.compute(new MetricsInput(100, EQUITY, DAY, List.of(), 0, 0, 0, 1)))
                .hasMessageContaining("buy-and-hold prices must be > 0");
        assertThatThrownBy(() -> MetricsCalculator.compute(null)).hasMessageContaining("metrics input is missing");
    }

    @Test
    void drawdownCurveMatchesTheMaxDrawdown() {
        double[] equity = {110, 99, 108.9, 130.68, 117.612};
        double[] curve = Drawdown.curve(100, equity);
        assertThat(curve).containsExactly(new double[]{0, 0.1, 0.01, 0, 0.1},
                org.assertj.core.data.Offset.offset(1e-12));
        assertThatThrownBy(() -> Drawdown.curve(0, equity)).hasMessageContaining("initial capital must be > 0");
    }

    @Test
    void everyMetricFieldHasAUniqueSnakeCaseKey() {
        assertThat(MetricField.values()).extracting(MetricField::key).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z]+(_[a-z]+)*"));
        Metrics m = MetricsCalculator.compute(with(100, EQUITY));
        assertThat(MetricField.TOTAL_RETURN.value(m)).isEqualTo(m.totalReturn());
        assertThat(MetricField.TRADES.value(m)).isEqualTo(m.trades());
        assertThat(MetricField.MAX_DRAWDOWN_BARS.kind()).isEqualTo(MetricField.Kind.COUNT);
    }
}
