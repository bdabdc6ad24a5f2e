package dev.cryptotrader.trading.backtest.metrics;

import dev.cryptotrader.trading.backtest.Trade;

import java.util.List;

/** What the round trips give, from one pass over their net PnL. A trade at exactly 0 is neither a win nor a loss. */
record TradeStats(int count, double winRate, double profitFactor, double expectancy, double averageWin,
                  double averageLoss, double sqn) {

    static TradeStats of(List<Trade> trades) {
        int n = trades.size();
        int wins = 0;
        int losses = 0;
        double grossWin = 0;
        double grossLoss = 0; // ≤ 0
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double pnl = trades.get(i).pnl();
            if (!Double.isFinite(pnl)) {
                throw new IllegalArgumentException("trade " + i + " has a PnL that is not a number: " + pnl);
            }
            if (pnl > 0) {
                wins++;
                grossWin += pnl;
            } else if (pnl < 0) {
                losses++;
                grossLoss += pnl;
            }
            double delta = pnl - mean;
            mean += delta / (i + 1);
            m2 += delta * (pnl - mean);
        }
        double std = n >= 2 ? Math.sqrt(m2 / (n - 1)) : Double.NaN;
        return new TradeStats(n,
                n > 0 ? (double) wins / n : Double.NaN,
                losses > 0 ? grossWin / -grossLoss : Double.NaN,
                n > 0 ? mean : Double.NaN,
                wins > 0 ? grossWin / wins : Double.NaN,
                losses > 0 ? grossLoss / losses : Double.NaN,
                Math.sqrt(n) * MetricsCalculator.ratio(mean, std));
    }
}
