package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.sweep.CatalogFactory;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import dev.cryptotrader.trading.backtest.sweep.Sweep;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.sweep.SweepRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Walk-forward validation: for each fold of a {@link WalkForwardPlan}, pick parameters on the train window (the best
 * of a grid by a metric, or fixed ones), then run them on the test window that follows, and stitch the test windows
 * into one out-of-sample equity curve.
 *
 * <p>Honesty rules. A run never sees a bar after its window: each window is cut out of the tape ({@link
 * BarTape#slice}) ending at its last bar. A window may see bars <em>before</em> it, but only to warm its indicators
 * up: the slice starts {@code warmUp} bars earlier (as far as the tape allows) and {@link BacktestConfig#tradeFrom()}
 * marks the window's first bar, so the strategy can act from the first test bar on. Every test fold starts flat with
 * the starting capital and the engine closes any position at its last close; the money carries over by chaining
 * returns ({@link StitchedEquity}). {@code config.tradeFrom()} is ignored: the plan decides where runs trade.
 *
 * <p>Train folds run in parallel over their grid ({@link Sweep}); the test runs are one backtest each. Cancelling
 * throws {@link CancellationException}: half a walk-forward proves nothing.
 */
public final class WalkForward {

    private final BacktestEngine engine;
    private final Sweep sweep;

    public WalkForward() {
        this(new BacktestEngine(), Runtime.getRuntime().availableProcessors());
    }

    public WalkForward(BacktestEngine engine, int parallelism) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.sweep = new Sweep(engine, parallelism);
    }

    /** Walk-forward of a catalogue strategy by id, e.g. {@code sma-cross}. */
    public WalkForwardResult run(BarTape tape, WalkForwardPlan plan, String strategyId, ParameterChoice choice,
                                 BacktestConfig config, ProgressListener progress, BooleanSupplier cancelled) {
        return run(tape, plan, CatalogFactory.of(strategyId).requireParameters(choice.grid()), choice, config, progress,
                cancelled);
    }

    public WalkForwardResult run(BarTape tape, WalkForwardPlan plan, StrategyFactory factory, ParameterChoice choice,
                                 BacktestConfig config, ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(config, "config");
        List<Fold> folds = plan.folds(tape);
        ParameterGrid grid = choice.grid();
        int warmUp = WarmUps.largest(factory, grid, folds.getFirst());
        long total = folds.size() * (grid.size() + 1L);
        StitchedEquity stitched = new StitchedEquity(tape, config.capital(),
                folds.stream().mapToInt(Fold::testBars).sum());
        List<FoldResult> results = new ArrayList<>(folds.size());
        String strategy = "";
        for (Fold fold : folds) {
            long before = fold.index() * (grid.size() + 1L);
            ProgressListener foldProgress = (done, all) -> progress.progress(before + done, total);
            SweepResult train = train(tape, fold, factory, grid, warmUp, config, foldProgress, cancelled);
            SweepRow chosen = choose(train, choice);
            FoldResult result = test(tape, fold, factory, chosen, config, choice instanceof ParameterChoice.Fixed
                    ? null : train);
            stitched.append(fold, result.testEquity(), result.testTrades(), result.outOfSample());
            results.add(result);
            strategy = train.strategy();
            progress.progress(before + grid.size() + 1, total);
        }
        return new WalkForwardResult(strategy, tape, plan, config, results, stitched.times(), stitched.equity(),
                stitched.trades(), stitched.metrics(), OosIsRatio.of(results));
    }

    private SweepResult train(BarTape tape, Fold fold, StrategyFactory factory, ParameterGrid grid, int warmUp,
                              BacktestConfig config, ProgressListener progress, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("walk-forward cancelled before fold " + (fold.index() + 1));
        }
        int from = Math.max(0, fold.trainFrom() - warmUp);
        BarTape window = tape.slice(from, fold.trainTo());
        SweepResult result = sweep.run(window, factory, grid, tradingFrom(config, fold.trainFrom() - from), progress,
                cancelled);
        if (result.cancelled()) {
            throw new CancellationException("walk-forward cancelled in fold " + (fold.index() + 1));
        }
        if (result.rows().isEmpty()) {
            throw new IllegalArgumentException("fold " + (fold.index() + 1) + ": no combination could run on the "
                    + "train window, e.g. " + result.skipped().getFirst().reason());
        }
        return result;
    }

    /** The best row by the objective; if no row has a defined value, the first in grid order. */
    private static SweepRow choose(SweepResult train, ParameterChoice choice) {
        return train.best(choice.objective()).orElse(train.rows().getFirst());
    }

    private FoldResult test(BarTape tape, Fold fold, StrategyFactory factory, SweepRow chosen, BacktestConfig config,
                            SweepResult trainSweep) {
        Strategy strategy = factory.create(chosen.parameters());
        int from = Math.max(0, fold.testFrom() - strategy.warmUp());
        BarTape window = tape.slice(from, fold.testTo());
        BacktestResult run = engine.run(window, strategy, tradingFrom(config, fold.testFrom() - from));
        if (run.equity().length != fold.testBars()) {
            throw new IllegalStateException("test fold " + (fold.index() + 1) + " gave " + run.equity().length
                    + " equity points for " + fold.testBars() + " bars");
        }
        List<Trade> trades = run.trades().stream().map(t -> shift(t, from)).toList();
        return new FoldResult(fold, chosen.parameters(), chosen.label(), chosen.metrics(), run.metrics(),
                run.equity(), trades, trainSweep);
    }

    private static Trade shift(Trade t, int offset) {
        return new Trade(t.side(), t.entryTime(), t.exitTime(), t.entryIndex() + offset, t.exitIndex() + offset,
                t.quantity(), t.entryPrice(), t.exitPrice(), t.fees(), t.pnl());
    }

    private static BacktestConfig tradingFrom(BacktestConfig c, int tradeFrom) {
        return new BacktestConfig(c.capital(), c.costs(), c.sizing(), c.allowShort(), tradeFrom);
    }
}
