package dev.cryptotrader.trading.execution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CostModelTest {

    @Test
    void takersPayHalfTheSpreadAndTheSlippageOnEachSide() {
        var costs = new CostModel(10, 20, 30, 5);
        // adverse move: 30 / 2 + 5 = 20 bps = 0.002
        assertThat(costs.takerPrice(Side.BUY, 1_000)).isCloseTo(1_002, within(1e-9));
        assertThat(costs.takerPrice(Side.SELL, 1_000)).isCloseTo(998, within(1e-9));
    }

    @Test
    void theFeeIsTheTradedValueTimesTheBps() {
        var costs = new CostModel(10, 20, 0, 0);
        assertThat(costs.fee(3, 250, true)).isCloseTo(0.75, within(1e-12)); // 750 × 10 / 10,000
        assertThat(costs.fee(3, 250, false)).isCloseTo(1.5, within(1e-12)); // 750 × 20 / 10,000
        assertThat(costs.takerFeeRate()).isEqualTo(0.002);
        assertThat(costs.makerFeeRate()).isEqualTo(0.001);
    }

    @Test
    void aFlatFeeIsBothMakerAndTakerAndANegativeOneIsRefused() {
        var costs = CostModel.flat(15, 4, 2);
        assertThat(costs.makerFeeBps()).isEqualTo(15);
        assertThat(costs.takerFeeBps()).isEqualTo(15);
        assertThatThrownBy(() -> CostModel.flat(-1, 0, 0)).hasMessage("fee must be >= 0 bps, was -1.0");
        assertThatThrownBy(() -> new CostModel(0, 0, -2, 0)).hasMessage("spread must be >= 0 bps, was -2.0");
        assertThatThrownBy(() -> new CostModel(0, 0, 0, Double.NaN)).hasMessage("slippage must be >= 0 bps, was NaN");
    }
}
