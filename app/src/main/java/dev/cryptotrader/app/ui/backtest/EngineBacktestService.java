package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import dev.cryptotrader.trading.backtest.sweep.Sweep;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.walkforward.ParameterChoice;
import dev.cryptotrader.trading.backtest.walkforward.WalkForward;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;
import dev.cryptotrader.trading.backtest.walkforward.WindowLength;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CandleStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The panel's engine: bars from the {@link CandleStore}, strategies from a {@link StrategySource}, runs through the
 * one {@link BacktestEngine}; sweeps through {@link Sweep} (every core, indicator columns shared by the variants) and
 * walk-forwards through {@link WalkForward}, the same code the CLI runs. Combinations the strategy refuses (a fast
 * period not below the slow one) are left out, and their heat-map cells stay empty.
 */
public final class EngineBacktestService implements BacktestService {

    /** Where strategies come from: the catalogue's specs for the form, and bound strategies for a run. */
    public interface StrategySource {

        List<StrategySpec> specs();

        /** Binds a choice; throws {@link IllegalArgumentException} naming an unknown strategy or a bad parameter. */
        Strategy create(StrategyChoice choice);
    }

    private final Supplier<CandleStore> store;
    private final StrategySource strategies;
    private final BacktestEngine engine;
    private final Sweep sweep;
    private final WalkForward walkForward;

    /** Sweeps and walk-forwards on every core. */
    public EngineBacktestService(Supplier<CandleStore> store, StrategySource strategies, BacktestEngine engine) {
        this.store = Objects.requireNonNull(store, "store");
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.engine = Objects.requireNonNull(engine, "engine");
        int cores = Runtime.getRuntime().availableProcessors();
        this.sweep = new Sweep(engine, cores);
        this.walkForward = new WalkForward(engine, cores);
    }

    @Override
    public List<StrategySpec> strategies() {
        return strategies.specs();
    }

    @Override
    public BacktestRun run(BacktestRequest request, RunControl control) {
        BarTape tape = tape(request.series(), request.range());
        control.throwIfCancelled();
        control.progress(0.3);
        Strategy strategy = strategies.create(request.strategy());
        BacktestRun run = engine.runWithNotes(tape, strategy, request.config());
        control.progress(1);
        return run;
    }

    @Override
    public SweepView sweep(SweepRequest request, RunControl control) {
        BarTape tape = tape(request.base().series(), request.base().range());
        StrategyChoice.Catalog base = (StrategyChoice.Catalog) request.base().strategy();
        SweepResult result = sweep.run(tape, params -> strategies.create(base.with(params)), grid(request.ranges()),
                request.base().config(), (done, total) -> control.progress((double) done / total),
                control::isCancelled);
        control.throwIfCancelled();
        List<SweepView.Row> rows = result.rows().stream()
                .map(r -> new SweepView.Row(base.with(r.parameters()).parameters(), r.metrics())).toList();
        // the table and the heat map show the parameters that vary; the fixed ones are in every row's parameters
        return new SweepView(request.ranges().stream().filter(r -> r.count() > 1).map(ParameterRange::name).toList(),
                rows);
    }

    @Override
    public WalkForwardView walkForward(WalkForwardRequest request, RunControl control) {
        BacktestRequest base = request.base();
        BarTape tape = tape(base.series(), base.range());
        StrategyFactory factory = base.strategy() instanceof StrategyChoice.Catalog catalog
                ? params -> strategies.create(catalog.with(params))
                : params -> strategies.create(base.strategy()); // a JSON rule has no parameters to vary
        Map<String, Double> fixed = base.strategy() instanceof StrategyChoice.Catalog catalog
                ? catalog.parameters() : Map.of();
        ParameterChoice choice = request.optimise().isEmpty() ? ParameterChoice.fixed(fixed)
                : new ParameterChoice.Optimised(grid(request.optimise()), metric(request.objective()));
        WalkForwardPlan plan = (request.anchored()
                ? WalkForwardPlan.anchored(request.trainBars(), request.testBars())
                : WalkForwardPlan.rolling(request.trainBars(), request.testBars()))
                .withStep(WindowLength.bars(request.stepBars()));
        WalkForwardResult result = walkForward.run(tape, plan, factory, choice, base.config(),
                (done, total) -> control.progress((double) done / total), control::isCancelled);
        return WalkForwardViews.of(result, fixed);
    }

    private static ParameterGrid grid(List<ParameterRange> ranges) {
        ParameterGrid.Builder grid = ParameterGrid.builder();
        for (ParameterRange range : ranges) {
            grid.values(range.name(), range.values());
        }
        return grid.build();
    }

    private static MetricField metric(String key) {
        for (MetricField f : MetricField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + key + "' to optimise");
    }

    private BarTape tape(SeriesKey key, TimeRange range) {
        CandleSeries candles = store.get().read(key, range);
        if (candles.size() == 0) {
            throw new IllegalArgumentException("No stored bars of " + key + describe(range)
                    + ": pick other dates or backfill the series first");
        }
        return BarTape.of(key.toString(), key.timeframe().millis(), candles);
    }

    private static String describe(TimeRange range) {
        String from = range.from() == Long.MIN_VALUE ? "the start" : Instant.ofEpochMilli(range.from()).toString();
        String to = range.to() == Long.MAX_VALUE ? "now" : Instant.ofEpochMilli(range.to()).toString();
        return range.equals(TimeRange.ALL) ? "" : " from " + from + " to " + to;
    }
}
