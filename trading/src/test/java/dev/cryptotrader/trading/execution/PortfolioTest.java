package dev.cryptotrader.trading.execution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PortfolioTest {

    private static Fill fill(Side side, double qty, double price, double fee) {
        return new Fill(1, 0, 0, side, qty, price, fee, false, "t");
    }

    /** equity(mark) = initial cash + realised + unrealised(mark) − fees, whatever happened. */
    private static void assertBalances(Portfolio p, double mark) {
        assertThat(p.equity(mark)).isCloseTo(
                p.initialCash() + p.realisedPnl() + p.unrealisedPnl(mark) - p.feesPaid(), within(1e-9));
    }

    @Test
    void aRoundTripMovesCashByThePriceChangeLessBothFees() {
        var p = new Portfolio(10_000, false);
        p.apply(fill(Side.BUY, 2, 100, 0.2));
        // 10,000 − 2 × 100 − 0.2
        assertThat(p.cash()).isCloseTo(9_799.8, within(1e-9));
        assertThat(p.quantity()).isEqualTo(2);
        assertThat(p.averageEntry()).isEqualTo(100);
        assertThat(p.equity(110)).isCloseTo(10_019.8, within(1e-9)); // 9,799.8 + 2 × 110
        assertBalances(p, 110);

        p.apply(fill(Side.SELL, 2, 110, 0.22));
        // 9,799.8 + 220 − 0.22; realised 2 × (110 − 100) = 20; fees 0.42
        assertThat(p.cash()).isCloseTo(10_019.58, within(1e-9));
        assertThat(p.realisedPnl()).isCloseTo(20, within(1e-12));
        assertThat(p.feesPaid()).isCloseTo(0.42, within(1e-12));
        assertThat(p.isFlat()).isTrue();
        assertThat(p.averageEntry()).isNaN();
        assertThat(p.equity(1)).isEqualTo(p.cash());
        assertBalances(p, 123);
    }

    @Test
    void addsAverageTheEntryAndPartialExitsRealiseAgainstIt() {
        var p = new Portfolio(10_000, false);
        p.apply(fill(Side.BUY, 1, 100, 0));
        p.apply(fill(Side.BUY, 1, 110, 0));
        assertThat(p.averageEntry()).isEqualTo(105);
        p.apply(fill(Side.SELL, 1, 120, 0.5));
        assertThat(p.realisedPnl()).isEqualTo(15); // 120 − 105
        assertThat(p.quantity()).isEqualTo(1);
        assertThat(p.averageEntry()).isEqualTo(105);
        assertBalances(p, 90);
    }

    @Test
    void sellingMoreThanTheLongIsRefusedWhenShortingIsOff() {
        var p = new Portfolio(10_000, false);
        p.apply(fill(Side.BUY, 1, 100, 0));
        assertThatThrownBy(() -> p.apply(fill(Side.SELL, 1.5, 100, 0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shorting is off");
        assertThat(p.quantity()).isEqualTo(1); // untouched
    }

    @Test
    void aShortReceivesTheProceedsAndOwesTheMarkedValue() {
        var p = new Portfolio(10_000, true);
        p.apply(fill(Side.SELL, 2, 100, 0));
        assertThat(p.cash()).isEqualTo(10_200);
        assertThat(p.quantity()).isEqualTo(-2);
        assertThat(p.equity(90)).isEqualTo(10_020); // 10,200 − 2 × 90
        assertBalances(p, 90);
        p.apply(fill(Side.BUY, 2, 90, 0));
        assertThat(p.cash()).isEqualTo(10_020);
        assertThat(p.realisedPnl()).isEqualTo(20);
        assertThat(p.isFlat()).isTrue();
    }

    @Test
    void aFillBeyondThePositionFlipsItAtTheFillPrice() {
        var p = new Portfolio(10_000, true);
        p.apply(fill(Side.BUY, 1, 100, 0));
        p.apply(fill(Side.SELL, 3, 110, 0.33));
        assertThat(p.realisedPnl()).isEqualTo(10); // the 1 long closed at +10
        assertThat(p.quantity()).isEqualTo(-2);
        assertThat(p.averageEntry()).isEqualTo(110);
        assertBalances(p, 105);
    }

    @Test
    void badFillsAndCashAreRefusedByName() {
        var p = new Portfolio(10_000, false);
        assertThatThrownBy(() -> p.apply(fill(Side.BUY, 0, 100, 0))).hasMessageContaining("quantity 0.0");
        assertThatThrownBy(() -> p.apply(fill(Side.BUY, 1, Double.NaN, 0))).hasMessageContaining("price NaN");
        assertThatThrownBy(() -> new Portfolio(-1, false)).hasMessage("initial cash must be >= 0, was -1.0");
    }
}
