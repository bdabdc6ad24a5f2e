package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.golden.RealTapes;
import dev.cryptotrader.trading.backtest.strategy.SmaCross;
import dev.cryptotrader.trading.backtest.strategy.TapeBarSeries;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.criteria.pnl.NetProfitLossCriterion;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMA(20) × SMA(100) cross through ta4j 0.22.2's own backtester and through our engine must give the same trades and
 * the same money. ta4j side: its indicators and crossing rules in a {@link BaseStrategy} that stays out for the first
 * 100 bars, {@link BarSeriesManager} with {@link TradeOnNextOpenModel} (a decision at bar i's close fills at bar
 * i + 1's open), {@link LinearTransactionCostModel} (fee = fraction × price × amount on every trade) and no holding
 * cost, trading a fixed amount. Our side: {@link SmaCross}, a flat fee in bps, no spread or slippage (ta4j's cost
 * model has neither), a fixed quantity and default next-open execution. Compared: every trade's entry and exit bar,
 * prices, fees and net PnL, and the totals, within 1e-9 relative; with DoubleNum and with DecimalNum.
 *
 * <p>The one deliberate difference is the end: our engine closes a position still open after the last bar at the
 * last close (paying the exit fee), so its net profit is realised; ta4j leaves it open, outside its closed positions
 * and its net-PnL criteria. Each check therefore matches ta4j's closed positions one to one, then checks our extra
 * last trade against ta4j's open position (same entry) and the last close.
 */
class Ta4jCrossCheckTest {

    private static final double RELATIVE = 1e-9;
    private static final int FAST = 20;
    private static final int SLOW = 100;
    private static final double FEE_BPS = 10;
    private static final double QUANTITY = 0.5;
    /**
     * Enough that half a bitcoin is never refused for want of cash (only the trades' PnL matters here), and not so
     * much that net profit = final equity − capital loses digits to the subtraction.
     */
    private static final double CAPITAL = 1e6;

    @Test
    void coinbaseBtcUsd4hWithDoubleNum() {
        assertThat(crossCheck(RealTapes.COINBASE_BTC_USD_4H.tape(), DoubleNumFactory.getInstance()))
                .as("closed trades on nine years of 4h bars").isGreaterThan(100);
    }

    @Test
    void coinbaseBtcUsd4hWithDecimalNum() {
        assertThat(crossCheck(RealTapes.COINBASE_BTC_USD_4H.tape(), DecimalNumFactory.getInstance()))
                .isGreaterThan(100);
    }

    @Test
    void tradingViewBtcUsd1dWithBothNumberTypes() {
        BarTape tape = RealTapes.TRADINGVIEW_BTC_USD_1D.tape();
        assertThat(crossCheck(tape, DoubleNumFactory.getInstance())).isGreaterThan(20);
        assertThat(crossCheck(tape, DecimalNumFactory.getInstance())).isGreaterThan(20);
    }

    @Test
    void demoEthUsd5mWithBothNumberTypes() {
        BarTape tape = RealTapes.DEMO_ETH_USD_5M.tape();
        assertThat(crossCheck(tape, DoubleNumFactory.getInstance())).isPositive();
        assertThat(crossCheck(tape, DecimalNumFactory.getInstance())).isPositive();
    }

    /** Cent-priced walks like real quotes, and whole-dollar walks whose averages tie often (ta4j's tie rules). */
    @Test
    void randomWalksWithBothNumberTypes() {
        for (long seed = 1; seed <= 3; seed++) {
            for (boolean wholeDollars : new boolean[]{false, true}) {
                BarTape tape = randomWalk(20_000, seed, wholeDollars);
                assertThat(crossCheck(tape, DoubleNumFactory.getInstance())).as(tape.name()).isGreaterThan(20);
                assertThat(crossCheck(tape, DecimalNumFactory.getInstance())).as(tape.name()).isGreaterThan(20);
            }
        }
    }

    /**
     * Our default sizing (all cash in, compounding) has no ta4j counterpart, but from ta4j's trades it is one
     * product: each round trip turns equity E into E × exit × (1 − f) / (entry × (1 + f)).
     */
    @Test
    void allInSizingCompoundsExactlyTa4jsTrades() {
        BarTape tape = RealTapes.COINBASE_BTC_USD_4H.tape();
        BarSeries series = TapeBarSeries.of(tape, DoubleNumFactory.getInstance());
        TradingRecord record = runTa4j(series);
        double f = FEE_BPS / 10_000;
        double equity = 10_000;
        for (Position p : record.getPositions()) {
            equity *= p.getExit().getPricePerAsset().doubleValue() * (1 - f)
                    / (p.getEntry().getPricePerAsset().doubleValue() * (1 + f));
        }
        Position open = record.getCurrentPosition();
        if (open.isOpened()) { // ours sells it at the last close
            equity *= tape.close()[tape.size() - 1] * (1 - f) / (open.getEntry().getPricePerAsset().doubleValue()
                    * (1 + f));
        }
        BacktestResult ours = new BacktestEngine().run(tape, new SmaCross(FAST, SLOW),
                BacktestConfig.defaults(10_000, CostModel.flat(FEE_BPS, 0, 0)));
        assertClose("final equity", ours.equity()[ours.equity().length - 1], equity);
        assertClose("net profit", ours.metrics().netProfit(), equity - 10_000);
    }

    /** Runs both sides on {@code tape} and asserts they agree; returns how many closed trades were compared. */
    private static int crossCheck(BarTape tape, NumFactory numbers) {
        BarSeries series = TapeBarSeries.of(tape, numbers);
        TradingRecord record = runTa4j(series);
        BacktestResult ours = new BacktestEngine().run(tape, new SmaCross(FAST, SLOW), new BacktestConfig(CAPITAL,
                CostModel.flat(FEE_BPS, 0, 0), new Sizing.FixedQuantity(QUANTITY), false, 0));
        String where = tape.name() + " with " + numbers.getClass().getSimpleName();

        List<Position> closed = record.getPositions();
        Position open = record.getCurrentPosition();
        List<Trade> trades = ours.trades();
        int extra = open.isOpened() ? 1 : 0;
        assertThat(trades).as(where + ": our trades = ta4j's closed positions + its open one").hasSize(
                closed.size() + extra);
        double ta4jFees = 0;
        for (int k = 0; k < closed.size(); k++) {
            Position p = closed.get(k);
            Trade t = trades.get(k);
            String trade = where + ", trade " + k;
            assertThat(t.entryIndex()).as(trade + " entry bar").isEqualTo(p.getEntry().getIndex());
            assertThat(t.exitIndex()).as(trade + " exit bar").isEqualTo(p.getExit().getIndex());
            assertClose(trade + " entry price", t.entryPrice(), p.getEntry().getPricePerAsset().doubleValue());
            assertClose(trade + " exit price", t.exitPrice(), p.getExit().getPricePerAsset().doubleValue());
            assertClose(trade + " quantity", t.quantity(), p.getEntry().getAmount().doubleValue());
            double fees = p.getEntry().getCost().plus(p.getExit().getCost()).doubleValue();
            assertClose(trade + " fees", t.fees(), fees);
            assertClose(trade + " net pnl", t.pnl(), p.getProfit().doubleValue());
            ta4jFees += fees;
        }
        double oursNet = ours.metrics().netProfit();
        double oursFees = ours.metrics().fees();
        if (open.isOpened()) {
            // The end-of-data difference, checked rather than ignored: same entry, sold by us at the last close.
            Trade last = trades.getLast();
            int end = tape.size() - 1;
            double close = tape.close()[end];
            assertThat(last.entryIndex()).as(where + " open entry bar").isEqualTo(open.getEntry().getIndex());
            assertClose(where + " open entry price", last.entryPrice(),
                    open.getEntry().getPricePerAsset().doubleValue());
            assertThat(last.exitIndex()).as(where + " closed out at the last bar").isEqualTo(end);
            assertClose(where + " close-out price", last.exitPrice(), close);
            // ta4j's mark-to-market profit of the open position counts the entry fee only; ours also pays the exit.
            int endIndex = series.getEndIndex();
            Num markToMarket = open.getProfit(endIndex, series.getBar(endIndex).getClosePrice());
            double exitFee = QUANTITY * close * FEE_BPS / 10_000;
            assertClose(where + " close-out pnl", last.pnl(), markToMarket.doubleValue() - exitFee);
            oursNet -= last.pnl();
            oursFees -= last.fees();
        }
        Num ta4jNet = new NetProfitLossCriterion().calculate(series, record);
        assertClose(where + " net profit of the closed trades", oursNet, ta4jNet.doubleValue());
        assertClose(where + " fees of the closed trades", oursFees, ta4jFees);
        assertThat(ta4jFees).as(where + " fees were charged").isPositive();
        return closed.size();
    }

    /** The strategy built from ta4j's own parts, run by ta4j's own backtester: the reference. */
    private static TradingRecord runTa4j(BarSeries series) {
        var close = new ClosePriceIndicator(series);
        var fast = new SMAIndicator(close, FAST);
        var slow = new SMAIndicator(close, SLOW);
        Strategy strategy = new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(fast, slow),
                new CrossedDownIndicatorRule(fast, slow), SLOW);
        var manager = new BarSeriesManager(series, new LinearTransactionCostModel(FEE_BPS / 10_000),
                new ZeroCostModel(), new TradeOnNextOpenModel());
        return manager.run(strategy, TradeType.BUY, series.numFactory().numOf(QUANTITY));
    }

    private static void assertClose(String what, double actual, double expected) {
        double tolerance = RELATIVE * Math.max(Math.abs(actual), Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as(what + ": ours " + actual + ", ta4j " + expected)
                .isLessThanOrEqualTo(tolerance);
    }

    private static BarTape randomWalk(int bars, long seed, boolean wholeDollars) {
        SplittableRandom random = new SplittableRandom(seed);
        long minute = 60_000;
        long[] t = new long[bars];
        double[] o = new double[bars];
        double[] h = new double[bars];
        double[] l = new double[bars];
        double[] c = new double[bars];
        double[] v = new double[bars];
        double price = wholeDollars ? 100 : 30_000;
        for (int i = 0; i < bars; i++) {
            t[i] = 1_700_000_040_000L + i * minute;
            // Open near (not at) the last close, so entry prices are opens, not closes, and a mix-up shows.
            o[i] = wholeDollars ? Math.max(1, price + random.nextInt(-1, 2))
                    : Math.max(1, Math.round((price + random.nextDouble(-5, 5)) * 100) / 100.0);
            price = wholeDollars ? Math.max(1, o[i] + random.nextInt(-2, 3))
                    : Math.max(1, Math.round((o[i] + random.nextDouble(-50, 50)) * 100) / 100.0);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + (wholeDollars ? random.nextInt(0, 2) : random.nextInt(0, 2000) / 100.0);
            l[i] = Math.max(0.01, Math.min(o[i], c[i]) - (wholeDollars ? random.nextInt(0, 2)
                    : random.nextInt(0, 2000) / 100.0));
            v[i] = 1 + random.nextInt(100);
        }
        return new BarTape((wholeDollars ? "whole-dollar" : "cent") + " walk " + seed, minute, t, o, h, l, c, v);
    }
}
