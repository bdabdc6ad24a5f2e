package dev.cryptotrader.trading.execution;

import dev.cryptotrader.trading.domain.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeeScheduleTest {

    @Test
    void theDefaultsAreTheVenuesPublicBaseTiers() {
        var fees = FeeSchedule.defaults();
        assertThat(fees.fees(Exchange.BITFINEX)).isEqualTo(new FeeSchedule.Fees(10, 20));
        assertThat(fees.fees(Exchange.BINANCE)).isEqualTo(new FeeSchedule.Fees(10, 10));
        assertThat(fees.fees(Exchange.KUCOIN)).isEqualTo(new FeeSchedule.Fees(10, 10));
        assertThat(fees.all().keySet()).containsExactly(Exchange.BITFINEX, Exchange.BINANCE, Exchange.KUCOIN);
    }

    @Test
    void editingGivesACopyAndLeavesTheOriginalAlone() {
        var base = FeeSchedule.defaults();
        var edited = base.with(Exchange.BINANCE, 7.5, 7.5).with(Exchange.of("coinbase"), 40, 60);
        assertThat(edited.fees(Exchange.BINANCE)).isEqualTo(new FeeSchedule.Fees(7.5, 7.5));
        assertThat(edited.fees(Exchange.of("Coinbase"))).isEqualTo(new FeeSchedule.Fees(40, 60));
        assertThat(base.fees(Exchange.BINANCE)).isEqualTo(new FeeSchedule.Fees(10, 10));
        assertThat(base.covers(Exchange.of("coinbase"))).isFalse();
    }

    @Test
    void theCostModelTakesTheVenuesFeesAndTheGivenSpreadAndSlippage() {
        var costs = FeeSchedule.defaults().costModel(Exchange.BITFINEX, 4, 5);
        assertThat(costs).isEqualTo(new CostModel(10, 20, 4, 5));
    }

    @Test
    void anUnknownVenueOrABadFeeIsNamed() {
        assertThatThrownBy(() -> FeeSchedule.defaults().fees(Exchange.of("bitstamp")))
                .hasMessage("no fees known for exchange 'bitstamp' (known: binance, bitfinex, kucoin);"
                        + " give them with --fee-bps or add them to the fee schedule");
        assertThatThrownBy(() -> FeeSchedule.defaults().with(Exchange.BINANCE, 10, -1))
                .hasMessage("taker fee must be >= 0 bps, was -1.0");
        assertThatThrownBy(() -> FeeSchedule.defaults().with(Exchange.BINANCE, -5, 2))
                .hasMessageContaining("would pay for trading with oneself");
        // a rebate smaller than the taker fee is real (some venues pay makers)
        assertThat(FeeSchedule.defaults().with(Exchange.BINANCE, -1, 2).fees(Exchange.BINANCE).makerBps())
                .isEqualTo(-1);
    }
}
