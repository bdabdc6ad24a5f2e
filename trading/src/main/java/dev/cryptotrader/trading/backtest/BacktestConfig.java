package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.CostModel;

/**
 * How a backtest runs.
 *
 * @param capital    starting cash in quote currency
 * @param costs      fees, spread and slippage
 * @param sizing     entry size
 * @param allowShort shorting is opt-in; without it short signals are ignored
 * @param tradeFrom  first bar at whose close a signal may be acted on (earlier bars only warm indicators up, as the
 *                   test fold of a walk-forward needs)
 */
public record BacktestConfig(double capital, CostModel costs, Sizing sizing, boolean allowShort, int tradeFrom) {

    public static BacktestConfig defaults(double capital, CostModel costs) {
        return new BacktestConfig(capital, costs, Sizing.ALL_IN, false, 0);
    }
}
