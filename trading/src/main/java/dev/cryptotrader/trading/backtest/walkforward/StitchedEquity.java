package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.backtest.metrics.MetricsCalculator;
import dev.cryptotrader.trading.backtest.metrics.MetricsInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Chains the test folds into one out-of-sample account. Each fold is run from the same starting capital; here its
 * equity and trades are scaled by (previous fold's ending equity ÷ capital), so fold k's returns compound on fold
 * k−1's result, as if the money had been carried over. With the default all-in sizing that is what carrying the money
 * over would give; with fixed-quantity sizing it is the returns, not the quantities, that carry over.
 */
final class StitchedEquity {

    private final BarTape tape;
    private final double capital;
    private final long[] times;
    private final double[] equity;
    private final List<Trade> trades = new ArrayList<>();
    private int size;
    private double end;
    private double fees;
    private long barsInMarket;
    private int firstBar = -1;
    private int lastBar = -1;

    StitchedEquity(BarTape tape, double capital, int points) {
        this.tape = tape;
        this.capital = capital;
        this.times = new long[points];
        this.equity = new double[points];
        this.end = capital;
    }

    /** Appends a test fold run from {@code capital}: its equity per test bar, its trades (tape indices), metrics. */
    void append(Fold fold, double[] foldEquity, List<Trade> foldTrades, Metrics foldMetrics) {
        double scale = end / capital;
        for (int j = 0; j < foldEquity.length; j++) {
            times[size] = tape.closeTime(fold.testFrom() + j);
            equity[size++] = foldEquity[j] * scale;
        }
        for (Trade t : foldTrades) {
            trades.add(new Trade(t.side(), t.entryTime(), t.exitTime(), t.entryIndex(), t.exitIndex(),
                    t.quantity() * scale, t.entryPrice(), t.exitPrice(), t.fees() * scale, t.pnl() * scale));
        }
        fees += foldMetrics.fees() * scale;
        barsInMarket += Math.round(foldMetrics.exposure() * foldEquity.length);
        end = foldEquity[foldEquity.length - 1] * scale;
        if (firstBar < 0) {
            firstBar = fold.testFrom();
        }
        lastBar = fold.testTo() - 1;
    }

    long[] times() {
        return times;
    }

    double[] equity() {
        return equity;
    }

    List<Trade> trades() {
        return List.copyOf(trades);
    }

    /** The metrics of the stitched curve; buy-and-hold spans the first test bar's open to the last one's close. */
    Metrics metrics() {
        return MetricsCalculator.compute(new MetricsInput(capital, equity, tape.barMillis(), trades,
                (int) Math.min(barsInMarket, equity.length), fees, tape.open()[firstBar], tape.close()[lastBar]));
    }
}
