package dev.cryptotrader.bench;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.Trade;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.analysis.cost.LinearTransactionCostModel;
import org.ta4j.core.analysis.cost.ZeroCostModel;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.criteria.pnl.NetProfitLossCriterion;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.util.List;

/**
 * The SMA cross the benchmarks race against, written the ta4j way and run by ta4j's own backtester: ta4j indicators and
 * crossing rules, {@link BarSeriesManager} with next-open execution, a linear fee and no holding cost, a fixed amount
 * per trade. Also the check that our engine made the very same trades.
 */
final class Ta4jSmaCross {

    private Ta4jSmaCross() {
    }

    /** Builds the indicators, rules and strategy on {@code series} and runs them: all of ta4j's work. */
    static TradingRecord run(BarSeries series, int fast, int slow, double feeFraction, double amount) {
        var close = new ClosePriceIndicator(series);
        var fastSma = new SMAIndicator(close, fast);
        var slowSma = new SMAIndicator(close, slow);
        var strategy = new BaseStrategy("sma-cross", new CrossedUpIndicatorRule(fastSma, slowSma),
                new CrossedDownIndicatorRule(fastSma, slowSma), slow);
        var manager = new BarSeriesManager(series, new LinearTransactionCostModel(feeFraction), new ZeroCostModel(),
                new TradeOnNextOpenModel());
        return manager.run(strategy, TradeType.BUY, series.numFactory().numOf(amount));
    }

    /**
     * Fails loudly unless {@code ours} made exactly ta4j's trades: the same entry and exit bars and prices, and the
     * same net PnL of the closed trades (1e-9 relative). Our engine closes a position still open at the end at the last
     * close; ta4j leaves it open, so that one is matched by its entry only. Returns the number of closed trades.
     */
    static int requireSameTrades(String what, BacktestResult ours, BarSeries series, TradingRecord ta4j) {
        List<Position> closed = ta4j.getPositions();
        boolean openAtEnd = ta4j.getCurrentPosition().isOpened();
        List<Trade> trades = ours.trades();
        if (trades.size() != closed.size() + (openAtEnd ? 1 : 0)) {
            throw new IllegalStateException(what + ": we made " + trades.size() + " trades, ta4j " + closed.size()
                    + " closed positions" + (openAtEnd ? " and an open one" : ""));
        }
        double ourNet = 0;
        for (int k = 0; k < closed.size(); k++) {
            Position p = closed.get(k);
            Trade t = trades.get(k);
            if (t.entryIndex() != p.getEntry().getIndex() || t.exitIndex() != p.getExit().getIndex()
                    || !close(t.entryPrice(), p.getEntry().getPricePerAsset().doubleValue())
                    || !close(t.exitPrice(), p.getExit().getPricePerAsset().doubleValue())) {
                throw new IllegalStateException(what + ": trade " + k + " differs: ours " + t + ", ta4j " + p);
            }
            ourNet += t.pnl();
        }
        if (openAtEnd && trades.getLast().entryIndex() != ta4j.getCurrentPosition().getEntry().getIndex()) {
            throw new IllegalStateException(what + ": the position open at the end differs: ours "
                    + trades.getLast() + ", ta4j " + ta4j.getCurrentPosition());
        }
        double ta4jNet = new NetProfitLossCriterion().calculate(series, ta4j).doubleValue();
        if (!close(ourNet, ta4jNet)) {
            throw new IllegalStateException(what + ": net PnL of the closed trades differs: ours " + ourNet + ", ta4j "
                    + ta4jNet);
        }
        if (closed.isEmpty()) {
            throw new IllegalStateException(what + ": no trades at all, nothing was compared");
        }
        return closed.size();
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }
}
