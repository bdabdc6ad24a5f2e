package dev.cryptotrader.trading.backtest.metrics;

/**
 * A backtest's statistics, defined in {@code docs/METRICS.md}. Fractions are fractions ({@code 0.25} is 25%); money
 * is in the quote currency. A ratio that is undefined (no losing trade for the profit factor, no variance for the
 * Sharpe ratio) is NaN, never a made-up number.
 */
public record Metrics(double netProfit, double totalReturn, double cagr, double sharpe, double sortino, double calmar,
                      double maxDrawdown, int maxDrawdownBars, double winRate, double profitFactor, double expectancy,
                      double averageWin, double averageLoss, double exposure, int trades, double fees, double sqn,
                      double buyAndHoldReturn) {
}
