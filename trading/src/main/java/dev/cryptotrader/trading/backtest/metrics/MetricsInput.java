package dev.cryptotrader.trading.backtest.metrics;

import dev.cryptotrader.trading.backtest.Trade;

import java.util.List;

/**
 * What the metrics are computed from.
 *
 * @param initialCapital the equity before the first bar
 * @param equity         mark-to-market equity at each bar's close, fees included
 * @param barMillis      the bar length, for bars per year (365-day years)
 * @param barsInMarket   closes at which a position was open
 * @param fees           all fees paid
 * @param firstPrice     the price buy-and-hold enters at (first bar's open)
 * @param lastPrice      the price buy-and-hold is marked at (last bar's close)
 */
public record MetricsInput(double initialCapital, double[] equity, long barMillis, List<Trade> trades,
                           int barsInMarket, double fees, double firstPrice, double lastPrice) {
}
