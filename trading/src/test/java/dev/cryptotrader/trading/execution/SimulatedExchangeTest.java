package dev.cryptotrader.trading.execution;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Market, limit and stop fills, with the costs of {@link #COSTS}: maker 10 bps, taker 20 bps, spread 10 bps (5 paid
 * per side) and slippage 5 bps, so a taker buy pays reference × 1.001 and a taker sell gets reference × 0.999.
 * Stop-limits and the pessimistic rule are in {@link SimulatedExchangeStopLimitTest}.
 */
class SimulatedExchangeTest {

    static final CostModel COSTS = new CostModel(10, 20, 10, 5);
    private static final long HOUR = 3_600_000;

    private SimulatedExchange exchange;
    private final List<Fill> fills = new ArrayList<>();

    @BeforeEach
    void setUp() {
        exchange = new SimulatedExchange(COSTS);
        exchange.onFill(fills::add);
    }

    /** Bar {@code i} opening at {@code i} hours. */
    private void bar(int i, double open, double high, double low, double close) {
        exchange.onBar(i, i * HOUR, open, high, low, close);
    }

    @Test
    void aMarketOrderSubmittedAtACloseFillsAtTheNextOpenWithSpreadSlippageAndTakerFee() {
        bar(0, 100, 110, 90, 105);
        exchange.submit(OrderRequest.market(Side.BUY, 2, "entry"));
        assertThat(fills).isEmpty();

        bar(1, 106, 108, 104, 107);

        Fill fill = fills.getFirst();
        // 106 × (1 + (10/2 + 5) / 10,000) = 106 × 1.001 = 106.106; fee 2 × 106.106 × 20 / 10,000 = 0.424424
        assertThat(fill.price()).isCloseTo(106.106, within(1e-12));
        assertThat(fill.fee()).isCloseTo(0.424424, within(1e-12));
        assertThat(fill.quantity()).isEqualTo(2);
        assertThat(fill.maker()).isFalse();
        assertThat(fill.barIndex()).isEqualTo(1);
        assertThat(fill.time()).isEqualTo(HOUR);
        assertThat(fill.tag()).isEqualTo("entry");
        assertThat(exchange.workingOrders()).isZero();
    }

    @Test
    void aMarketSellGetsTheOpenLessHalfTheSpreadAndTheSlippage() {
        bar(0, 100, 110, 90, 105);
        exchange.submit(OrderRequest.market(Side.SELL, 1, "exit"));
        bar(1, 100, 101, 99, 100);
        // 100 × (1 − 0.001) = 99.9; fee 99.9 × 0.002 = 0.1998
        assertThat(fills.getFirst().price()).isCloseTo(99.9, within(1e-12));
        assertThat(fills.getFirst().fee()).isCloseTo(0.1998, within(1e-12));
    }

    @Test
    void aRestingLimitBuyFillsAtItsLevelWhenTheLowReachesItAsMakerWithoutSlippage() {
        bar(0, 107, 108, 105, 106);
        exchange.submit(OrderRequest.limit(Side.BUY, 1, 102, "entry"));
        bar(1, 106, 107, 103, 104); // low 103 > 102: nothing
        assertThat(fills).isEmpty();
        bar(2, 104, 105, 101, 103); // low 101 <= 102: at 102 exactly
        assertThat(fills.getFirst().price()).isEqualTo(102);
        assertThat(fills.getFirst().maker()).isTrue();
        assertThat(fills.getFirst().fee()).isCloseTo(0.102, within(1e-12)); // 102 × 10 bps
        assertThat(fills.getFirst().barIndex()).isEqualTo(2);
    }

    @Test
    void aRestingLimitBuyThatTheOpenGapsThroughFillsAtTheBetterOpen() {
        bar(0, 107, 108, 105, 106);
        exchange.submit(OrderRequest.limit(Side.BUY, 1, 103, "entry"));
        bar(1, 106, 107, 104, 105);
        bar(2, 101, 102, 99, 100); // opens below the limit: the resting order takes the open, 101
        assertThat(fills.getFirst().price()).isEqualTo(101);
        assertThat(fills.getFirst().maker()).isTrue();
        assertThat(fills.getFirst().fee()).isCloseTo(0.101, within(1e-12));
    }

    @Test
    void aLimitThatIsMarketableWhenItArrivesTakesLiquidityButNeverPaysMoreThanItsLimit() {
        bar(0, 100, 110, 90, 105);
        exchange.submit(OrderRequest.limit(Side.BUY, 1, 107, "loose"));
        exchange.submit(OrderRequest.limit(Side.BUY, 1, 106.05, "tight"));
        bar(1, 106, 108, 104, 107);
        // both arrive at the 106 open, already at/above it: taker 106 × 1.001 = 106.106, capped by the limit
        assertThat(fills).extracting(Fill::tag).containsExactly("loose", "tight");
        assertThat(fills.get(0).price()).isCloseTo(106.106, within(1e-12));
        assertThat(fills.get(1).price()).isEqualTo(106.05);
        assertThat(fills).allSatisfy(f -> assertThat(f.maker()).isFalse());
        assertThat(fills.get(1).fee()).isCloseTo(106.05 * 0.002, within(1e-12));
    }

    @Test
    void aLimitSellRestsAboveAndFillsAtItsLevel() {
        bar(0, 100, 101, 99, 100);
        exchange.submit(OrderRequest.limit(Side.SELL, 1, 104, "target"));
        bar(1, 100, 103.9, 99, 103);
        assertThat(fills).isEmpty();
        bar(2, 103, 104, 102, 103);
        assertThat(fills.getFirst().price()).isEqualTo(104);
        assertThat(fills.getFirst().maker()).isTrue();
    }

    @Test
    void aStopBuyFillsAtItsLevelIntrabarAndAtTheOpenWhenTheOpenGapsPastIt() {
        bar(0, 100, 101, 99, 100);
        exchange.submit(OrderRequest.stop(Side.BUY, 1, 108, "intrabar"));
        bar(1, 106, 110, 105, 109);
        // 108 × 1.001 = 108.108, taker fee 20 bps
        assertThat(fills.getFirst().price()).isCloseTo(108.108, within(1e-12));
        assertThat(fills.getFirst().maker()).isFalse();
        assertThat(fills.getFirst().fee()).isCloseTo(108.108 * 0.002, within(1e-12));

        exchange.submit(OrderRequest.stop(Side.BUY, 1, 111, "gap"));
        bar(2, 109, 110.5, 108, 110); // high 110.5 < 111: nothing
        bar(3, 112, 113, 111.5, 112); // opens above the stop: at the open, 112 × 1.001 = 112.112
        assertThat(fills).hasSize(2);
        assertThat(fills.get(1).price()).isCloseTo(112.112, within(1e-12));
        assertThat(fills.get(1).barIndex()).isEqualTo(3);
    }

    @Test
    void aStopSellFillsAtItsLevelIntrabarAndAtTheOpenWhenTheOpenGapsBelowIt() {
        bar(0, 100, 101, 99, 100);
        exchange.submit(OrderRequest.stop(Side.SELL, 1, 95, "intrabar"));
        exchange.submit(OrderRequest.stop(Side.SELL, 1, 94, "gap"));
        bar(1, 100, 101, 94.5, 96); // 95 reached, 94 not
        assertThat(fills).extracting(Fill::tag).containsExactly("intrabar");
        assertThat(fills.getFirst().price()).isCloseTo(94.905, within(1e-12)); // 95 × 0.999
        bar(2, 93, 95, 92, 94); // gaps below 94: 93 × 0.999 = 92.907
        assertThat(fills.get(1).price()).isCloseTo(92.907, within(1e-12));
    }

    @Test
    void anOrderSizedAtFillSpendsExactlyTheCashTheSizerGivesIt() {
        var flatFee = CostModel.flat(20, 0, 0);
        exchange = new SimulatedExchange(flatFee);
        exchange.onFill(fills::add);
        // all of 1,000 cash: qty = 1,000 / (100 × 1.002) = 9.98003992..., so qty × 100 + fee = 1,000
        exchange.sizeAtFillWith((order, price, feeRate) -> 1_000 / (price * (1 + feeRate)));
        exchange.submit(OrderRequest.market(Side.BUY, OrderRequest.SIZE_AT_FILL, "entry"));
        bar(0, 100, 101, 99, 100);
        Fill fill = fills.getFirst();
        assertThat(fill.quantity()).isCloseTo(9.980039920159681, within(1e-12));
        assertThat(fill.quantity() * fill.price() + fill.fee()).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void aSizerThatAnswersZeroDropsTheOrderUnfilled() {
        exchange.sizeAtFillWith((order, price, feeRate) -> 0);
        exchange.submit(OrderRequest.market(Side.BUY, OrderRequest.SIZE_AT_FILL, "entry"));
        bar(0, 100, 101, 99, 100);
        assertThat(fills).isEmpty();
        assertThat(exchange.workingOrders()).isZero();
    }

    @Test
    void anOrderSizedAtFillNeedsASizer() {
        assertThatThrownBy(() -> exchange.submit(OrderRequest.market(Side.BUY, OrderRequest.SIZE_AT_FILL, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no fill sizer");
    }

    @Test
    void anOrderPlacedWhenTheOpenFillsWorksInThatSameBarOnePlacedIntrabarFromTheNext() {
        exchange = new SimulatedExchange(CostModel.FREE);
        exchange.onFill(fill -> {
            fills.add(fill);
            if (fill.tag().equals("entry")) { // filled at the open: its protective stop can trigger in this bar
                exchange.submit(OrderRequest.stop(Side.SELL, 1, 99, "stop"));
            } else if (fill.tag().equals("stop")) { // filled intrabar: the open is gone, so next bar's open
                exchange.submit(OrderRequest.market(Side.BUY, 1, "re-entry"));
            }
        });
        exchange.submit(OrderRequest.market(Side.BUY, 1, "entry"));
        bar(0, 100, 101, 98, 99);
        assertThat(fills).extracting(Fill::tag).containsExactly("entry", "stop");
        assertThat(fills.get(1).price()).isEqualTo(99);
        bar(1, 97, 98, 96, 97);
        assertThat(fills).extracting(Fill::tag).containsExactly("entry", "stop", "re-entry");
        assertThat(fills.get(2).price()).isEqualTo(97);
        assertThat(fills.get(2).barIndex()).isEqualTo(1);
    }

    @Test
    void aCancelledOrderNeverFills() {
        long id = exchange.submit(OrderRequest.stop(Side.BUY, 1, 101, "stop"));
        assertThat(exchange.workingOrders()).isEqualTo(1);
        assertThat(exchange.cancel(id)).isTrue();
        assertThat(exchange.cancel(id)).isFalse();
        assertThat(exchange.cancel(12345)).isFalse();
        bar(0, 100, 110, 90, 105);
        assertThat(fills).isEmpty();
    }

    @Test
    void executeNowFillsAtTheReferenceWithTakerCosts() {
        exchange.executeNow(Side.SELL, 3, 7, 8 * HOUR, 200, "end");
        Fill fill = fills.getFirst();
        assertThat(fill.price()).isCloseTo(199.8, within(1e-12)); // 200 × 0.999
        assertThat(fill.fee()).isCloseTo(3 * 199.8 * 0.002, within(1e-12));
        assertThat(fill.barIndex()).isEqualTo(7);
        assertThat(fill.time()).isEqualTo(8 * HOUR);
    }

    @Test
    void barsMustComeInOrder() {
        bar(3, 100, 101, 99, 100);
        assertThat(exchange.lastBar()).isEqualTo(3);
        assertThat(exchange.lastPrice()).isEqualTo(100);
        assertThatThrownBy(() -> bar(3, 100, 101, 99, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bars must be in order");
    }

    @Test
    void ordersNameWhatIsWrongWithThem() {
        assertThatThrownBy(() -> OrderRequest.market(Side.BUY, -1, "x"))
                .hasMessage("MARKET BUY quantity must be > 0, was -1.0");
        assertThatThrownBy(() -> OrderRequest.limit(Side.BUY, 1, Double.NaN, "x"))
                .hasMessage("LIMIT order needs a limit price > 0, was NaN");
        assertThatThrownBy(() -> new OrderRequest(Side.BUY, OrderType.MARKET, 1, 100, Double.NaN, "x"))
                .hasMessage("MARKET order takes no limit price, was given 100.0");
        assertThatThrownBy(() -> OrderRequest.stopLimit(Side.SELL, 1, 0, 90, "x"))
                .hasMessage("STOP_LIMIT order needs a stop price > 0, was 0.0");
    }
}
