package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.Portfolio;
import dev.cryptotrader.trading.execution.Side;
import org.junit.jupiter.api.Test;

import static dev.cryptotrader.trading.backtest.EngineFixtures.HOUR;
import static dev.cryptotrader.trading.backtest.EngineFixtures.START;
import static dev.cryptotrader.trading.backtest.EngineFixtures.config;
import static dev.cryptotrader.trading.backtest.EngineFixtures.fiveBars;
import static dev.cryptotrader.trading.backtest.EngineFixtures.signals;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every sizing mode on {@link EngineFixtures#fiveBars()} without costs: the entry signalled at bar 1's close fills at
 * bar 2's open, 102, and the position is closed out at the last close, 106.
 */
class SizingTest {

    private static final double NO = Double.NaN;
    private final BacktestEngine engine = new BacktestEngine();

    private BacktestRun run(Sizing sizing, double stopAtSignal) {
        return engine.runWithNotes(fiveBars(), signals(new byte[]{NONE, ENTER_LONG, NONE, NONE, NONE},
                new double[]{NO, stopAtSignal, NO, NO, NO}), "sizing", 0,
                config(10_000, CostModel.FREE, sizing, false, 0));
    }

    private static Fill entry(BacktestRun run) {
        return run.result().fills().getFirst();
    }

    @Test
    void aFractionOfEquityBuysThatShareOfTheCashAtTheFillPrice() {
        var run = run(new Sizing.FractionOfEquity(0.5), NO);
        assertThat(entry(run).quantity()).isCloseTo(5_000 / 102.0, within(1e-12)); // 49.0196...
        // half stays in cash: at bar 2's close (104), 5,000 + 49.0196 × 104
        assertThat(run.result().equity()[2]).isCloseTo(5_000 + 5_000 / 102.0 * 104, within(1e-9));
    }

    @Test
    void allInWithATakerFeeSpendsExactlyTheCash() {
        var run = engine.run(fiveBars(), signals(NONE, ENTER_LONG, NONE, NONE, NONE), "fee",
                BacktestConfig.defaults(10_000, CostModel.flat(25, 0, 0)));
        Fill fill = run.fills().getFirst();
        // qty = 10,000 / (102 × 1.0025), so qty × 102 + fee = 10,000
        assertThat(fill.quantity()).isCloseTo(10_000 / (102 * 1.0025), within(1e-12));
        assertThat(fill.quantity() * fill.price() + fill.fee()).isCloseTo(10_000, within(1e-9));
    }

    @Test
    void aFixedQuantityIsBoughtAsItIsOrRefusedWhenTheCashFallsShort() {
        var three = run(new Sizing.FixedQuantity(3), NO);
        assertThat(entry(three).quantity()).isEqualTo(3);
        assertThat(three.result().equity()[2]).isCloseTo(10_000 - 306 + 3 * 104, within(1e-9));

        var tooMany = run(new Sizing.FixedQuantity(1_000), NO); // 102,000 for 10,000 of cash
        assertThat(tooMany.result().fills()).isEmpty();
        Refusal refusal = tooMany.refusals().getFirst();
        assertThat(refusal.barIndex()).isEqualTo(2); // refused at the fill, when the price was known
        assertThat(refusal.time()).isEqualTo(START + 2 * HOUR);
        assertThat(refusal.signal()).isEqualTo("enter long");
        assertThat(refusal.reason()).contains("costs more than the cash 10000.0");
    }

    @Test
    void riskSizingRisksTheFractionOfEquityBetweenTheFillAndTheStop() {
        // 2% of 10,000 = 200 at risk; 102 − 97 = 5 per unit: 40 units
        var run = run(new Sizing.RiskPercent(0.02), 97);
        assertThat(entry(run).quantity()).isCloseTo(40, within(1e-12));
        assertThat(run.result().fills()).extracting(Fill::tag).containsExactly("entry", "end of tape");
        assertThat(run.result().trades().getFirst().pnl()).isCloseTo(160, within(1e-9)); // 40 × (106 − 102)
    }

    @Test
    void riskSizingNeverBuysMoreThanTheCash() {
        // 200 / (102 − 101.9) = 2,000 units would cost 204,000: capped at 10,000 / 102
        var run = run(new Sizing.RiskPercent(0.02), 101.9);
        assertThat(entry(run).quantity()).isCloseTo(10_000 / 102.0, within(1e-9));
    }

    @Test
    void riskSizingRefusesAnEntryWithoutAStopOrWithTheStopOnTheWrongSide() {
        var noStop = run(new Sizing.RiskPercent(0.02), NO);
        assertThat(noStop.result().fills()).isEmpty();
        assertThat(noStop.refusals()).singleElement().satisfies(r -> {
            assertThat(r.barIndex()).isEqualTo(1); // refused at the signal
            assertThat(r.time()).isEqualTo(START + 2 * HOUR); // bar 1's close
            assertThat(r.reason()).isEqualTo("risk sizing needs a stop price, and the strategy gave none for this bar");
        });

        var above = run(new Sizing.RiskPercent(0.02), 103); // the fill at 102 is already below the stop
        assertThat(above.result().fills()).isEmpty();
        assertThat(above.refusals().getFirst().reason()).isEqualTo("stop 103.0 is not below the entry fill 102.0");
    }

    @Test
    void cappedKellyUsesHalfTheCapUntilThereAreTenClosedTrades() {
        var run = run(new Sizing.CappedKelly(0.5), NO);
        assertThat(entry(run).quantity()).isCloseTo(2_500 / 102.0, within(1e-12)); // 25% of 10,000
    }

    @Test
    void theKellyFractionComesFromTheClosedTradesAndIsClampedToTheCap() {
        var book = new TradeBook();
        // 6 wins of +20 and 4 losses of −10: W = 0.6, R = 20 / 10 = 2, f = 0.6 − 0.4 / 2 = 0.4
        for (int i = 0; i < 10; i++) {
            roundTrip(book, 100, i < 6 ? 120 : 90);
        }
        var sizer = new PositionSizer(new Sizing.CappedKelly(0.5), new Portfolio(10_000, false), book);
        assertThat(sizer.kellyFraction(0.5)).isCloseTo(0.4, within(1e-12));
        assertThat(sizer.kellyFraction(0.25)).isEqualTo(0.25);
        assertThat(sizer.refusalAtSignal(NO)).isNull();
        // at 100 with no fee: 10,000 × 0.4 / 100 = 40 units
        assertThat(sizer.quantity(Side.BUY, 100, 0, NO)).isCloseTo(40, within(1e-9));
    }

    @Test
    void aKellyFractionOfZeroRefusesTheEntry() {
        var book = new TradeBook();
        for (int i = 0; i < 10; i++) {
            roundTrip(book, 100, 95);
        }
        var sizer = new PositionSizer(new Sizing.CappedKelly(0.5), new Portfolio(10_000, false), book);
        assertThat(sizer.kellyFraction(0.5)).isZero();
        assertThat(sizer.refusalAtSignal(NO)).isEqualTo("Kelly fraction is 0 after 10 trades (0 wins): no edge to bet on");
    }

    private static void roundTrip(TradeBook book, double entry, double exit) {
        book.add(new Fill(1, 0, 0, Side.BUY, 1, entry, 0, false, "entry"));
        book.add(new Fill(2, 0, 1, Side.SELL, 1, exit, 0, false, "exit"));
    }
}
