package dev.cryptotrader.trading.backtest;

import java.util.List;

/**
 * A backtest's result with the engine's notes: the entries it refused and how many short signals it ignored because
 * shorting was off. The UI and the CLI should show both, so that a quiet run is never a mystery.
 */
public record BacktestRun(BacktestResult result, List<Refusal> refusals, int ignoredShortSignals) {

    public BacktestRun {
        refusals = List.copyOf(refusals);
    }
}
