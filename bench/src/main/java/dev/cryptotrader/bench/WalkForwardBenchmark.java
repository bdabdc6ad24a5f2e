package dev.cryptotrader.bench;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.ProgressListener;
import dev.cryptotrader.trading.backtest.walkforward.FoldResult;
import dev.cryptotrader.trading.backtest.walkforward.ParameterChoice;
import dev.cryptotrader.trading.backtest.walkforward.WalkForward;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The wall time of one optimising walk-forward (issue 5: "walk-forward over 20k bars × 10 folds × 100 combinations:
 * report the wall time"), on every core. 20,000 one-minute bars; rolling folds of 10,000 train bars and 1,000 test
 * bars, stepping by the test window, make exactly 10 folds. On each train window all 100 SMA-cross combinations
 * (fast ∈ {5, 10, …, 50} × slow ∈ {60, 80, …, 240}) run through a parallel sweep, and the best by Sharpe runs on the
 * test window; fees 10 bps, slippage 5 bps. That is 10 × 100 train runs of 10,000 bars plus 10 test runs.
 *
 * <p>Single shot: each measurement is one whole walk-forward, as a user waits for it. The setup runs one first in the
 * fresh JVM and prints its time, the cold figure (the first walk-forward after start-up); the measured ones are warm.
 * A random walk has no edge, so the in-sample Sharpe is often ≤ 0 and the OOS/IS ratio undefined; only time matters.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class WalkForwardBenchmark {

    static final int FOLDS = 10;

    @Param("20000")
    public int bars;

    private BarTape tape;
    private WalkForwardPlan plan;
    private ParameterChoice choice;
    private WalkForward walkForward;
    private final BacktestConfig config = BacktestConfig.defaults(10_000, CostModel.flat(10, 0, 5));

    @Setup(Level.Trial)
    public void prepare() {
        tape = BarTape.of("synthetic BTC-USD 1m", Timeframe.M1.millis(), SyntheticCandles.randomWalk(bars, 42));
        int test = bars / (2 * FOLDS);
        plan = WalkForwardPlan.rolling(bars / 2, test);
        int folds = plan.folds(tape).size();
        ParameterGrid grid = ParameterGrid.builder().range("fast", 5, 50, 5).range("slow", 60, 240, 20).build();
        if (folds != FOLDS || grid.size() != 100) {
            throw new IllegalStateException("the plan makes " + folds + " folds of " + grid.size()
                    + " combinations, not " + FOLDS + " × 100");
        }
        choice = ParameterChoice.optimise(grid);
        walkForward = new WalkForward(new BacktestEngine(), Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        WalkForwardResult first = run();
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        FoldResult last = first.folds().getLast();
        System.out.printf("%nwalk-forward: %s over %,d bars, %d folds × %d combinations on %d threads: cold run"
                        + " %,d ms; last fold chose %s; mean Sharpe in-sample %.2f, out-of-sample %.2f%n", plan, bars,
                first.folds().size(), grid.size(), Runtime.getRuntime().availableProcessors(), coldMillis,
                last.label(), first.ratio().meanInSampleSharpe(), first.ratio().meanOutOfSampleSharpe());
    }

    @Benchmark
    public WalkForwardResult walkForward() {
        return run();
    }

    private WalkForwardResult run() {
        WalkForwardResult result = walkForward.run(tape, plan, "sma-cross", choice, config, ProgressListener.NONE,
                () -> false);
        if (result.folds().size() != FOLDS
                || result.folds().stream().anyMatch(f -> f.trainSweep().rows().size() != 100)) {
            throw new IllegalStateException("the walk-forward did not run every fold and combination");
        }
        return result;
    }
}
