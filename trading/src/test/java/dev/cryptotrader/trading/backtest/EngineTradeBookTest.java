package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.PositionSide;
import dev.cryptotrader.trading.execution.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How fills become round-trip trades. */
class EngineTradeBookTest {

    private static Fill fill(int bar, Side side, double qty, double price, double fee) {
        return new Fill(bar, bar * 1_000L, bar, side, qty, price, fee, false, "t");
    }

    @Test
    void aRoundTripIsOneTradeWithBothFeesInItsPnl() {
        var book = new TradeBook();
        book.add(fill(2, Side.BUY, 2, 100, 0.2));
        assertThat(book.trades()).isEmpty();
        book.add(fill(5, Side.SELL, 2, 110, 0.22));
        Trade t = book.trades().getFirst();
        assertThat(t.side()).isEqualTo(PositionSide.LONG);
        assertThat(t.entryIndex()).isEqualTo(2);
        assertThat(t.exitIndex()).isEqualTo(5);
        assertThat(t.entryTime()).isEqualTo(2_000);
        assertThat(t.exitTime()).isEqualTo(5_000);
        assertThat(t.fees()).isCloseTo(0.42, within(1e-12));
        assertThat(t.pnl()).isCloseTo(19.58, within(1e-12)); // 2 × 10 − 0.42
        assertThat(book.position()).isZero();
    }

    @Test
    void addsAndPartialExitsAverageIntoOneTrade() {
        var book = new TradeBook();
        book.add(fill(0, Side.BUY, 1, 100, 0));
        book.add(fill(1, Side.BUY, 1, 110, 0)); // average 105
        book.add(fill(2, Side.SELL, 1, 120, 0)); // partial: still open
        assertThat(book.trades()).isEmpty();
        book.add(fill(3, Side.SELL, 1, 100, 0)); // average exit 110
        Trade t = book.trades().getFirst();
        assertThat(t.quantity()).isEqualTo(2);
        assertThat(t.entryPrice()).isEqualTo(105);
        assertThat(t.exitPrice()).isEqualTo(110);
        assertThat(t.pnl()).isEqualTo(10); // 220 − 210
    }

    @Test
    void aFlipClosesTheTradeAndOpensTheNextWithTheRestSplittingTheFee() {
        var book = new TradeBook();
        book.add(fill(0, Side.BUY, 1, 100, 0));
        book.add(fill(1, Side.SELL, 3, 110, 0.3)); // 1 closes the long (fee 0.1), 2 open a short (fee 0.2)
        Trade longTrade = book.trades().getFirst();
        assertThat(longTrade.pnl()).isCloseTo(9.9, within(1e-12)); // 10 − 0.1
        assertThat(book.position()).isEqualTo(-2);
        book.add(fill(2, Side.BUY, 2, 105, 0));
        Trade shortTrade = book.trades().get(1);
        assertThat(shortTrade.side()).isEqualTo(PositionSide.SHORT);
        assertThat(shortTrade.pnl()).isCloseTo(9.8, within(1e-12)); // 2 × (110 − 105) − 0.2
        assertThat(shortTrade.entryIndex()).isEqualTo(1);
    }

    @Test
    void winsAndLossesAreTalliedForKelly() {
        var book = new TradeBook();
        book.add(fill(0, Side.BUY, 1, 100, 0));
        book.add(fill(1, Side.SELL, 1, 130, 0)); // +30
        book.add(fill(2, Side.BUY, 1, 100, 0));
        book.add(fill(3, Side.SELL, 1, 90, 0)); // −10
        book.add(fill(4, Side.BUY, 1, 100, 0));
        book.add(fill(5, Side.SELL, 1, 100, 0)); // 0 counts as a loss of 0
        assertThat(book.closedTrades()).isEqualTo(3);
        assertThat(book.wins()).isEqualTo(1);
        assertThat(book.averageWin()).isEqualTo(30);
        assertThat(book.averageLoss()).isEqualTo(5);
    }
}
