package dev.cryptotrader.bench;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.sweep.Sweep;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.sweep.SweepRow;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.execution.CostModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Sweep throughput on every core (issue 5's goal: at least 20M bar·combinations/s on the 2 cores): an SMA cross over
 * fast ∈ {5, 10, …, 50} × slow ∈ {60, 80, …, 240}, 100 combinations, each a full backtest with a 10 bps fee and 5 bps
 * slippage over one million 1-minute bars, through {@link Sweep} exactly as the UI and the CLI run it (each SMA
 * period computed once per sweep and shared, one engine run per combination, only the metrics kept).
 *
 * <p>JMH reports sweeps per second; one sweep is {@code bars × 100} bar·combinations. Each iteration also prints
 * that figure directly (bar·combinations over the sweeps' own wall time). {@code threads=0} means every core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class SweepBenchmark {

    static final double GOAL = 20e6;

    @Param("1000000")
    public int bars;

    @Param("0")
    public int threads;

    private BarTape tape;
    private ParameterGrid grid;
    private Sweep sweep;
    private final BacktestConfig config = BacktestConfig.defaults(10_000, CostModel.flat(10, 0, 5));
    private long sweepNanos;
    private long sweeps;

    @Setup(Level.Trial)
    public void prepare() {
        tape = BarTape.of("synthetic BTC-USD 1m", Timeframe.M1.millis(), SyntheticCandles.randomWalk(bars, 42));
        grid = ParameterGrid.builder().range("fast", 5, 50, 5).range("slow", 60, 240, 20).build();
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        sweep = new Sweep(new BacktestEngine(), cores);
        SweepResult first = run(); // fails loudly here if any combination would be skipped
        System.out.printf("%nsweep of %d combinations over %,d bars on %d threads; best by Sharpe: %s%n",
                grid.size(), bars, cores, first.best(MetricField.SHARPE).map(SweepRow::label).orElse("none"));
        sweepNanos = 0;
        sweeps = 0;
    }

    @Benchmark
    public SweepResult sweep() {
        return run();
    }

    @TearDown(Level.Iteration)
    public void report() {
        if (sweeps > 0) {
            double rate = (double) bars * grid.size() * sweeps / (sweepNanos / 1e9);
            System.out.printf("  %.1fM bar·combinations/s over %d sweeps (goal ≥%.0fM: %s)%n", rate / 1e6, sweeps,
                    GOAL / 1e6, rate >= GOAL ? "met" : "NOT met");
        }
        sweepNanos = 0;
        sweeps = 0;
    }

    private SweepResult run() {
        long start = System.nanoTime();
        SweepResult result = sweep.run(tape, "sma-cross", grid, config, ProgressListener.NONE, () -> false);
        sweepNanos += System.nanoTime() - start;
        sweeps++;
        if (result.rows().size() != grid.size()) { // a skipped combination would flatter the figure
            throw new IllegalStateException("the sweep ran " + result.rows().size() + " of " + grid.size()
                    + " combinations; skipped: " + result.skipped());
        }
        return result;
    }
}
