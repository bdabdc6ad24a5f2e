package dev.cryptotrader.trading.execution;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Stop-limit orders and the pessimistic rule for a stop and a target inside one bar. Costs as in
 * {@link SimulatedExchangeTest}: a taker buy pays reference × 1.001, a taker sell gets reference × 0.999.
 */
class SimulatedExchangeStopLimitTest {

    private static final long HOUR = 3_600_000;
    private SimulatedExchange exchange;
    private final List<Fill> fills = new ArrayList<>();

    @BeforeEach
    void setUp() {
        exchange = new SimulatedExchange(SimulatedExchangeTest.COSTS);
        exchange.onFill(fills::add);
        bar(0, 100, 101, 99, 100);
    }

    private void bar(int i, double open, double high, double low, double close) {
        exchange.onBar(i, i * HOUR, open, high, low, close);
    }

    @Test
    void triggeredIntrabarWithRoomBelowItsLimitItFillsAtTheStopAsTaker() {
        exchange.submit(OrderRequest.stopLimit(Side.BUY, 1, 108, 109, "a"));
        exchange.submit(OrderRequest.stopLimit(Side.BUY, 1, 108, 108.05, "b"));
        bar(1, 106, 110, 105, 109);
        // 108 × 1.001 = 108.108: within a's limit of 109, over b's limit of 108.05, so b gets 108.05
        assertThat(fills).extracting(Fill::tag).containsExactly("a", "b");
        assertThat(fills.get(0).price()).isCloseTo(108.108, within(1e-12));
        assertThat(fills.get(1).price()).isEqualTo(108.05);
        assertThat(fills).allSatisfy(f -> assertThat(f.maker()).isFalse());
    }

    @Test
    void triggeredIntrabarAboveItsLimitItWaitsForTheNextBarBecauseThePathIsUnknown() {
        exchange.submit(OrderRequest.stopLimit(Side.BUY, 1, 108, 107, "c"));
        // touches 108 and also trades at 105 <= 107, but we cannot know the 105 came after the 108: no fill
        bar(1, 106, 110, 105, 109);
        assertThat(fills).isEmpty();
        bar(2, 108, 109, 107.5, 108); // now a resting limit at 107; low 107.5: no
        assertThat(fills).isEmpty();
        bar(3, 108, 108.5, 106.5, 107); // low 106.5 <= 107: at 107, maker (it rested)
        assertThat(fills.getFirst().price()).isEqualTo(107);
        assertThat(fills.getFirst().maker()).isTrue();
        assertThat(fills.getFirst().barIndex()).isEqualTo(3);
    }

    @Test
    void triggeredByAGapOpenWithinItsLimitItFillsAtTheOpen() {
        exchange.submit(OrderRequest.stopLimit(Side.BUY, 1, 108, 110, "d"));
        bar(1, 109, 111, 108.5, 110); // opens at 109 >= 108: triggered there, 109 × 1.001 = 109.109 <= 110
        assertThat(fills.getFirst().price()).isCloseTo(109.109, within(1e-12));
        assertThat(fills.getFirst().maker()).isFalse();
    }

    @Test
    void triggeredByAGapOpenBeyondItsLimitItRestsFromTheOpenAndCanFillLaterInThatBar() {
        exchange.submit(OrderRequest.stopLimit(Side.BUY, 1, 108, 108.5, "e"));
        bar(1, 109.5, 110, 108, 109); // triggered at the 109.5 open, too dear; it rests, and the low 108 reaches 108.5
        assertThat(fills.getFirst().price()).isEqualTo(108.5);
        assertThat(fills.getFirst().maker()).isTrue();
        assertThat(fills.getFirst().barIndex()).isEqualTo(1);
    }

    @Test
    void aStopLimitSellMirrorsTheBuy() {
        exchange.submit(OrderRequest.stopLimit(Side.SELL, 1, 95, 94, "f"));
        bar(1, 99, 100, 93, 94); // low reaches 95: 95 × 0.999 = 94.905 >= 94, fills at 94.905
        assertThat(fills.getFirst().price()).isCloseTo(94.905, within(1e-12));
    }

    @Test
    void whenOneBarSpansTheStopAndTheTargetTheStopFills() {
        // long from 100: protective stop at 95, target at 110; the two cancel each other (one-cancels-other)
        long[] ids = new long[2];
        exchange.onFill(fill -> {
            fills.add(fill);
            exchange.cancel(fill.tag().equals("stop") ? ids[1] : ids[0]);
        });
        ids[0] = exchange.submit(OrderRequest.stop(Side.SELL, 1, 95, "stop"));
        ids[1] = exchange.submit(OrderRequest.limit(Side.SELL, 1, 110, "target"));
        // 94..112 holds both levels; which came first is unknown, so the worse one, the stop, is taken
        bar(1, 100, 112, 94, 105);
        assertThat(fills).extracting(Fill::tag).containsExactly("stop");
        assertThat(fills.getFirst().price()).isCloseTo(94.905, within(1e-12)); // 95 × 0.999
        assertThat(exchange.workingOrders()).isZero();
    }

    @Test
    void theStopWinsEvenWhenTheTargetWasSubmittedFirst() {
        exchange.submit(OrderRequest.limit(Side.SELL, 1, 110, "target"));
        exchange.submit(OrderRequest.stop(Side.SELL, 1, 95, "stop"));
        bar(1, 100, 112, 94, 105);
        // without one-cancels-other both fill, but the stop first
        assertThat(fills).extracting(Fill::tag).containsExactly("stop", "target");
    }

    @Test
    void aTargetTheOpenGapsThroughIsCertainAndFillsBeforeTheStopIsConsidered() {
        long[] ids = new long[2];
        exchange.onFill(fill -> {
            fills.add(fill);
            exchange.cancel(fill.tag().equals("stop") ? ids[1] : ids[0]);
        });
        ids[0] = exchange.submit(OrderRequest.stop(Side.SELL, 1, 95, "stop"));
        ids[1] = exchange.submit(OrderRequest.limit(Side.SELL, 1, 110, "target"));
        bar(1, 100, 101, 99, 100); // both rest through a quiet bar
        bar(2, 111, 112, 94, 100); // the open itself is above the target: that happened first
        assertThat(fills).extracting(Fill::tag).containsExactly("target");
        assertThat(fills.getFirst().price()).isEqualTo(111); // a resting limit the open gaps through: the open
        assertThat(fills.getFirst().maker()).isTrue();
    }
}
