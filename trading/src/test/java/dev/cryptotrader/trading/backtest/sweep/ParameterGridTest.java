package dev.cryptotrader.trading.backtest.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterGridTest {

    @Test
    void theProductRunsTheLastAxisFastest() {
        ParameterGrid grid = ParameterGrid.builder().values("fast", 5, 10).range("slow", 20, 40, 10).build();

        assertThat(grid.size()).isEqualTo(6);
        assertThat(grid.names()).containsExactly("fast", "slow");
        assertThat(grid.combinations()).containsExactly(
                Map.of("fast", 5.0, "slow", 20.0), Map.of("fast", 5.0, "slow", 30.0), Map.of("fast", 5.0, "slow", 40.0),
                Map.of("fast", 10.0, "slow", 20.0), Map.of("fast", 10.0, "slow", 30.0),
                Map.of("fast", 10.0, "slow", 40.0));
        assertThat(grid.combination(4).keySet()).containsExactly("fast", "slow");
    }

    @Test
    void rangesIncludeTheEndOnlyWhenTheStepLandsOnItAndStayDecimal() {
        assertThat(ParameterAxis.range("k", 0.1, 0.5, 0.1, 100).values()).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
        assertThat(ParameterAxis.range("n", 10, 25, 10, 100).values()).containsExactly(10, 20);
        assertThat(ParameterAxis.range("n", 7, 7, 1, 100).values()).containsExactly(7);
    }

    @Test
    void aGridWithoutAxesIsOneRunOnTheDefaults() {
        ParameterGrid grid = ParameterGrid.builder().build();

        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.combination(0)).isEmpty();
        assertThat(ParameterGrid.single(Map.of("fast", 3.0)).combinations()).containsExactly(Map.of("fast", 3.0));
    }

    @Test
    void badRangesNameTheParameter() {
        assertThatThrownBy(() -> ParameterGrid.builder().range("slow", 50, 10, 5))
                .hasMessage("parameter slow: empty range, from 50 is above to 10");
        assertThatThrownBy(() -> ParameterGrid.builder().range("fast", 1, 10, 0))
                .hasMessage("parameter fast: step must be > 0, was 0");
        assertThatThrownBy(() -> ParameterGrid.builder().range("fast", 1, 10, -1))
                .hasMessageContaining("step must be > 0");
        assertThatThrownBy(() -> ParameterGrid.builder().range("k", Double.NaN, 1, 0.1))
                .hasMessageContaining("parameter k").hasMessageContaining("must be made of numbers");
        assertThatThrownBy(() -> ParameterGrid.builder().values("fast"))
                .hasMessage("parameter fast has no values");
        assertThatThrownBy(() -> ParameterGrid.builder().values("fast", 5, 10, 5))
                .hasMessage("parameter fast lists 5 twice");
        assertThatThrownBy(() -> ParameterGrid.builder().values("fast", 5).values("fast", 6).build())
                .hasMessage("parameter fast is swept twice");
        assertThatThrownBy(() -> ParameterGrid.builder().values(" ", 5))
                .hasMessage("a swept parameter needs a name");
    }

    @Test
    void aGridOverItsLimitIsRefusedNamingTheSizes() {
        assertThatThrownBy(() -> ParameterGrid.builder().limit(1000)
                .range("fast", 1, 100, 1).range("slow", 1, 100, 1).build())
                .hasMessage("the grid has fast 100 × slow 100 = 10000 combinations, over the limit of 1000;"
                        + " narrow a range or raise its step");
        assertThatThrownBy(() -> ParameterGrid.builder().range("k", 0, 1, 1e-9))
                .hasMessageContaining("parameter k").hasMessageContaining("over the limit of 100000");
        assertThat(ParameterGrid.builder().limit(10_000).range("fast", 1, 100, 1).range("slow", 1, 100, 1).build()
                .size()).isEqualTo(10_000);
    }

    @Test
    void valuesAreCopiedSoTheGridCannotChangeUnderARunningSweep() {
        double[] values = {1, 2};
        ParameterGrid grid = ParameterGrid.builder().values("n", values).build();
        values[0] = 99;
        grid.axes().getFirst().values()[1] = 99;

        assertThat(grid.combinations()).isEqualTo(List.of(Map.of("n", 1.0), Map.of("n", 2.0)));
    }
}
