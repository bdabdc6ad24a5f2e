package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestRun;

import java.util.List;

/**
 * What the backtest panel needs from the engine. Every method is called on the background executor, never on the FX
 * thread. The long ones report progress and honour cancellation through their {@link RunControl}: they should call
 * {@link RunControl#progress} now and then and stop with {@link RunControl#throwIfCancelled} when asked to. Bad input
 * (an unknown strategy or parameter, an empty range, fewer bars than the warm-up) is an
 * {@link IllegalArgumentException} whose message the panel shows as it is, so it should name what was wrong.
 */
public interface BacktestService {

    /** The strategies the catalogue offers, each with its parameters. */
    List<StrategySpec> strategies();

    /**
     * Reads the series' bars in the request's range and runs one backtest over them; the run carries the engine's
     * notes (refused entries, ignored short signals), which the panel shows.
     */
    BacktestRun run(BacktestRequest request, RunControl control) throws Exception;

    /** Runs every combination of the request's parameter ranges (the other parameters fixed at the base's). */
    SweepView sweep(SweepRequest request, RunControl control) throws Exception;

    /** Runs a walk-forward analysis and maps its result to what the panel shows. */
    WalkForwardView walkForward(WalkForwardRequest request, RunControl control) throws Exception;
}
