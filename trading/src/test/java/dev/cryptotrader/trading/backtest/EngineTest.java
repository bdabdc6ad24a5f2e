package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.PositionSide;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.cryptotrader.trading.backtest.EngineFixtures.HOUR;
import static dev.cryptotrader.trading.backtest.EngineFixtures.START;
import static dev.cryptotrader.trading.backtest.EngineFixtures.config;
import static dev.cryptotrader.trading.backtest.EngineFixtures.fiveBars;
import static dev.cryptotrader.trading.backtest.EngineFixtures.signals;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_SHORT;
import static dev.cryptotrader.trading.backtest.strategy.Signal.EXIT_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.EXIT_SHORT;
import static dev.cryptotrader.trading.backtest.strategy.Signal.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Next-open fills, costs, shorting, the close-out at the end, trade-from and warm-up, on {@link EngineFixtures}. */
class EngineTest {

    /** 10 bps fee, 20 bps spread (10 per side), 5 bps slippage: a taker buy pays × 1.0015, a sell gets × 0.9985. */
    private static final CostModel COSTS = CostModel.flat(10, 20, 5);
    private final BacktestEngine engine = new BacktestEngine();

    @Test
    void aLongEntersAtTheNextOpenAllInAndEveryFigureIncludesTheCosts() {
        var run = engine.run(fiveBars(), signals(NONE, ENTER_LONG, NONE, EXIT_LONG, NONE), "long",
                BacktestConfig.defaults(10_000, COSTS));

        // entry at bar 2's open: 102 × 1.0015 = 102.153; all 10,000 in: qty = 10,000 / (102.153 × 1.001)
        double qty = 10_000 / (102.153 * 1.001); // 97.79458253805556
        // exit at bar 4's open: 106 × 0.9985 = 105.841; cash = qty × 105.841 × (1 − 0.001)
        double finalCash = qty * 105.841 * 0.999; // 10,340.32573399993
        assertThat(run.fills()).extracting(Fill::barIndex).containsExactly(2, 4);
        assertThat(run.fills().get(0).price()).isCloseTo(102.153, within(1e-9));
        assertThat(run.fills().get(0).quantity()).isCloseTo(97.79458253805556, within(1e-9));
        assertThat(run.fills().get(1).price()).isCloseTo(105.841, within(1e-9));

        // equity at each close: nothing until bar 2, then qty × close (cash is ~0 after going all in)
        assertThat(run.equity()).containsExactly(new double[]{10_000, 10_000, qty * 104, qty * 107, finalCash},
                within(1e-6));
        assertThat(finalCash).isCloseTo(10_340.32573399993, within(1e-6));

        Trade trade = run.trades().getFirst();
        assertThat(trade.side()).isEqualTo(PositionSide.LONG);
        assertThat(trade.entryIndex()).isEqualTo(2);
        assertThat(trade.exitIndex()).isEqualTo(4);
        assertThat(trade.entryTime()).isEqualTo(START + 2 * HOUR);
        assertThat(trade.exitTime()).isEqualTo(START + 4 * HOUR);
        assertThat(trade.entryPrice()).isCloseTo(102.153, within(1e-9));
        assertThat(trade.exitPrice()).isCloseTo(105.841, within(1e-9));
        double fees = qty * 102.153 * 0.001 + qty * 105.841 * 0.001; // 9.99 + 10.35...
        assertThat(trade.fees()).isCloseTo(fees, within(1e-9));
        assertThat(trade.pnl()).isCloseTo(340.3257339999309, within(1e-6));

        assertThat(run.metrics().netProfit()).isCloseTo(340.3257339999309, within(1e-6));
        assertThat(run.metrics().fees()).isCloseTo(fees, within(1e-9));
        assertThat(run.metrics().trades()).isEqualTo(1);
    }

    @Test
    void aPositionStillOpenAtTheEndIsClosedAtTheLastCloseWithTakerCosts() {
        var run = engine.run(fiveBars(), signals(NONE, ENTER_LONG, NONE, NONE, NONE), "held",
                BacktestConfig.defaults(10_000, COSTS));

        Fill last = run.fills().getLast();
        assertThat(last.tag()).isEqualTo("end of tape");
        assertThat(last.price()).isCloseTo(105.841, within(1e-9)); // close 106 × 0.9985
        assertThat(last.time()).isEqualTo(START + 5 * HOUR); // bar 4's close
        assertThat(run.trades()).hasSize(1);
        assertThat(run.trades().getFirst().exitIndex()).isEqualTo(4);
        // the last equity point is the cash after the close-out, so the books agree
        double finalCash = 10_000 / (102.153 * 1.001) * 105.841 * 0.999;
        assertThat(run.equity()[4]).isCloseTo(finalCash, within(1e-6));
        assertThat(run.metrics().netProfit()).isCloseTo(run.trades().getFirst().pnl(), within(1e-9));
    }

    @Test
    void aSignalAtTheLastCloseHasNoNextOpenAndIsIgnored() {
        var run = engine.run(fiveBars(), signals(NONE, NONE, NONE, NONE, ENTER_LONG), "late",
                BacktestConfig.defaults(10_000, COSTS));
        assertThat(run.fills()).isEmpty();
        assertThat(run.equity()).containsOnly(10_000);
    }

    @Test
    void shortSignalsAreIgnoredUnlessShortingIsOn() {
        Signals shorts = signals(NONE, ENTER_SHORT, NONE, EXIT_SHORT, NONE);
        var off = engine.runWithNotes(fiveBars(), shorts, "short", 0, BacktestConfig.defaults(10_000, COSTS));
        assertThat(off.result().fills()).isEmpty();
        assertThat(off.result().equity()).containsOnly(10_000);
        assertThat(off.ignoredShortSignals()).isEqualTo(2);

        var on = engine.run(fiveBars(), shorts, "short", config(10_000, COSTS, Sizing.ALL_IN, true, 0));
        // sell at 102 × 0.9985 = 101.847, qty = 10,000 / (101.847 × 1.001); buy back at 106 × 1.0015 = 106.159
        double qty = 10_000 / (101.847 * 1.001);
        double finalCash = 10_000 + qty * 101.847 * 0.999 - qty * 106.159 * 1.001; // 9,556.639811728322
        Trade trade = on.trades().getFirst();
        assertThat(trade.side()).isEqualTo(PositionSide.SHORT);
        assertThat(trade.quantity()).isCloseTo(qty, within(1e-9));
        assertThat(trade.pnl()).isCloseTo(-443.36018827167754, within(1e-6));
        assertThat(on.equity()[4]).isCloseTo(finalCash, within(1e-6));
        // short at the 104 close of bar 2: cash 10,000 + proceeds − fee, owing qty × 104
        assertThat(on.equity()[2]).isCloseTo(10_000 + qty * 101.847 * 0.999 - qty * 104, within(1e-6));
    }

    @Test
    void anOppositeEntryClosesFirstThenEntersAtTheSameOpen() {
        var run = engine.run(fiveBars(), signals(NONE, ENTER_LONG, ENTER_SHORT, NONE, NONE), "flip",
                config(10_000, CostModel.FREE, Sizing.ALL_IN, true, 0));
        // long 10,000 / 102 at bar 2's open; at bar 3's open (104) sell it, then short all the cash
        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "exit", "entry", "end of tape");
        assertThat(run.fills().get(1).barIndex()).isEqualTo(3);
        assertThat(run.fills().get(2).barIndex()).isEqualTo(3);
        double afterLong = 10_000 / 102.0 * 104; // 10,196.08
        assertThat(run.fills().get(2).quantity()).isCloseTo(afterLong / 104, within(1e-9));
        // the short is closed at the last close, 106: it loses 2 per unit
        assertThat(run.trades()).extracting(Trade::side).containsExactly(PositionSide.LONG, PositionSide.SHORT);
        assertThat(run.equity()[4]).isCloseTo(afterLong - afterLong / 104 * 2, within(1e-6));
    }

    @Test
    void nothingIsTradedBeforeTradeFromAndTheEquityStartsThere() {
        var run = engine.run(fiveBars(), signals(ENTER_LONG, EXIT_LONG, ENTER_LONG, NONE, NONE), "from 2",
                config(10_000, CostModel.FREE, Sizing.ALL_IN, false, 2));
        // bars 0 and 1 only warm up; the entry at bar 2's close fills at bar 3's open, 104; closed out at 106
        assertThat(run.equity()).hasSize(3);
        assertThat(run.equity()[0]).isEqualTo(10_000);
        assertThat(run.fills().getFirst().barIndex()).isEqualTo(3);
        assertThat(run.equity()[2]).isCloseTo(10_000 / 104.0 * 106, within(1e-9));
    }

    @Test
    void noDecisionIsTakenDuringTheStrategysWarmUp() {
        Strategy warm = new Strategy() {
            @Override
            public String id() {
                return "fixed";
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of();
            }

            @Override
            public int warmUp() {
                return 2;
            }

            @Override
            public Signals signals(BarTape tape) {
                return EngineFixtures.signals(NONE, ENTER_LONG, ENTER_LONG, NONE, NONE);
            }
        };
        var run = engine.run(fiveBars(), warm, BacktestConfig.defaults(10_000, CostModel.FREE));
        assertThat(run.label()).isEqualTo("fixed()");
        assertThat(run.fills().getFirst().barIndex()).isEqualTo(3); // bar 1's signal fell in the warm-up
    }
}
