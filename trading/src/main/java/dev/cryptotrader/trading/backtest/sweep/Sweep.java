package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.IndicatorColumns;
import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs one strategy over a grid of parameters on one tape, every combination through the same
 * {@link BacktestEngine} a single backtest uses, on all cores. Combinations are handed out one at a time from a shared
 * counter, so a slow corner of the grid does not leave a core idle; each result lands in its grid slot, so the table
 * is the same whatever the thread count. The tape is shared, never copied; indicator columns are computed once per
 * sweep ({@link IndicatorColumns}: an SMA cross over fast × slow needs |fast| + |slow| SMAs); only each run's
 * metrics are kept.
 *
 * <p>A combination the strategy or engine refuses ({@link IllegalArgumentException}: fast ≥ slow, a warm-up longer
 * than the tape) is skipped with its reason; if every combination is refused the sweep fails with the first reason.
 * {@code cancelled} is polled before each combination; a cancelled sweep returns the rows finished so far.
 */
public final class Sweep {

    private final BacktestEngine engine;
    private final SweepWorkers workers;

    /** On every core. */
    public Sweep() {
        this(new BacktestEngine(), Runtime.getRuntime().availableProcessors());
    }

    /** On {@code parallelism} threads (1 runs everything on the calling thread). */
    public Sweep(BacktestEngine engine, int parallelism) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.workers = new SweepWorkers(parallelism);
    }

    /** Sweeps a catalogue strategy by id, e.g. {@code sma-cross}. */
    public SweepResult run(BarTape tape, String strategyId, ParameterGrid grid, BacktestConfig config,
                           ProgressListener progress, BooleanSupplier cancelled) {
        return run(tape, CatalogFactory.of(strategyId).requireParameters(grid), grid, config, progress, cancelled);
    }

    public SweepResult run(BarTape tape, StrategyFactory factory, ParameterGrid grid, BacktestConfig config,
                           ProgressListener progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(tape, "tape");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        long started = System.nanoTime();
        IndicatorColumns columns = new IndicatorColumns(tape); // each SMA period once, however many variants use it
        int size = grid.size();
        SweepRow[] rows = new SweepRow[size];
        SkippedCombination[] skipped = new SkippedCombination[size];
        String[] strategyId = new String[1];
        int done = workers.run(size, progress, cancelled, i -> {
            Map<String, Double> parameters = grid.combination(i);
            Strategy strategy;
            BacktestResult result;
            try {
                strategy = factory.create(parameters);
                result = engine.runWithNotes(tape, columns.signals(strategy), strategy.label(), strategy.warmUp(),
                        config).result();
            } catch (IllegalArgumentException refused) {
                skipped[i] = new SkippedCombination(i, parameters, refused.getMessage());
                return;
            } catch (RuntimeException e) {
                throw new IllegalStateException("the sweep failed at " + parameters + ": " + e.getMessage(), e);
            }
            strategyId[0] = strategy.id(); // the same for every run; a racy write of one value is harmless
            rows[i] = new SweepRow(i, parameters, strategy.label(), result.metrics());
        });
        List<SweepRow> finished = Arrays.stream(rows).filter(Objects::nonNull).toList();
        List<SkippedCombination> refused = Arrays.stream(skipped).filter(Objects::nonNull).toList();
        if (finished.isEmpty() && !refused.isEmpty() && done == size) {
            SkippedCombination first = refused.getFirst();
            throw new IllegalArgumentException("no combination of the grid could run (" + refused.size()
                    + " refused); the first, " + first.parameters() + ": " + first.reason());
        }
        return new SweepResult(strategyId[0] == null ? "" : strategyId[0], grid, finished, refused, done < size,
                tape.size(), Duration.ofNanos(System.nanoTime() - started));
    }
}
