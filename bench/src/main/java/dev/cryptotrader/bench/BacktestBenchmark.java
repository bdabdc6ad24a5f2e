package dev.cryptotrader.bench;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.strategy.SmaCross;
import dev.cryptotrader.trading.backtest.strategy.TapeBarSeries;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.ta4j.core.BarSeries;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NumFactory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One SMA(20) × SMA(100) cross backtest with a 10 bps fee over one million 1-minute bars (issue 5's goals: at least
 * 25× faster than ta4j 0.22.2 with DoubleNum, at least 100× faster than with DecimalNum, identical trades).
 * <ul>
 *   <li>{@link #ours}: end to end from the tape: the SMA columns, the crossing signals, the event-driven engine
 *   (simulated exchange, portfolio, trade book) and the metrics.</li>
 *   <li>{@link #ta4jDoubleNum} / {@link #ta4jDecimalNum}: ta4j's indicators, rules and {@code BarSeriesManager} with
 *   next-open execution and a linear 10 bps cost model ({@link Ta4jSmaCross}). The ta4j bar series is built in the
 *   setup, not timed (that alone takes seconds); the indicators are computed inside the timed run, as ours are.</li>
 * </ul>
 * Both trade a fixed quantity (ta4j cannot compound), so their net PnL is comparable. Every trial's setup first runs
 * both sides once and fails unless the trades are identical (bars, prices, net PnL of the closed trades).
 *
 * <p>Run with the ratios printed at the end, all three measured in the same run:
 * {@code java -cp bench/target/benchmarks.jar dev.cryptotrader.bench.BacktestBenchmark [JMH options]}; or as usual
 * {@code java -jar bench/target/benchmarks.jar BacktestBenchmark} and divide the scores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "--enable-native-access=ALL-UNNAMED"})
public class BacktestBenchmark {

    static final int FAST = 20;
    static final int SLOW = 100;
    static final double FEE_BPS = 10;
    static final double QUANTITY = 1;
    /** Cash for one bitcoin at any price the walk reaches; more would only cost digits in net profit. */
    static final double CAPITAL = 10_000_000;

    /** The tape and our engine's result on it, the reference every ta4j run is checked against. */
    @State(Scope.Benchmark)
    public static class Bars {
        @Param("1000000")
        public int bars;

        BarTape tape;
        BacktestResult reference;
        final BacktestEngine engine = new BacktestEngine();
        final BacktestConfig config = new BacktestConfig(CAPITAL, CostModel.flat(FEE_BPS, 0, 0),
                new Sizing.FixedQuantity(QUANTITY), false, 0);

        @Setup(Level.Trial)
        public void prepare() {
            tape = BarTape.of("synthetic BTC-USD 1m", Timeframe.M1.millis(), SyntheticCandles.randomWalk(bars, 42));
            reference = engine.run(tape, new SmaCross(FAST, SLOW), config);
        }
    }

    /** A ta4j series of the tape, and the proof that ta4j trades on it exactly as we do. */
    public abstract static class Ta4jSeries {
        BarSeries series;

        void load(Bars bars, NumFactory numbers) {
            series = TapeBarSeries.of(bars.tape, numbers);
            TradingRecord record = Ta4jSmaCross.run(series, FAST, SLOW, FEE_BPS / 10_000, QUANTITY);
            String what = "ta4j " + numbers.getClass().getSimpleName() + " over " + bars.bars + " bars";
            int trades = Ta4jSmaCross.requireSameTrades(what, bars.reference, series, record);
            System.out.printf("%n%s: %,d closed trades, identical to ours (net PnL %.2f, fees %.2f)%n", what, trades,
                    bars.reference.metrics().netProfit(), bars.reference.metrics().fees());
        }
    }

    @State(Scope.Benchmark)
    public static class DoubleSeries extends Ta4jSeries {
        @Setup(Level.Trial)
        public void prepare(Bars bars) {
            load(bars, DoubleNumFactory.getInstance());
        }
    }

    @State(Scope.Benchmark)
    public static class DecimalSeries extends Ta4jSeries {
        @Setup(Level.Trial)
        public void prepare(Bars bars) {
            load(bars, DecimalNumFactory.getInstance());
        }
    }

    /** {@code checked} is not used in the run: its setup proves, once, that the result is ta4j's. */
    @Benchmark
    public BacktestResult ours(Bars bars, DoubleSeries checked) {
        return bars.engine.run(bars.tape, new SmaCross(FAST, SLOW), bars.config);
    }

    @Benchmark
    public TradingRecord ta4jDoubleNum(DoubleSeries ta4j) {
        return Ta4jSmaCross.run(ta4j.series, FAST, SLOW, FEE_BPS / 10_000, QUANTITY);
    }

    @Benchmark
    public TradingRecord ta4jDecimalNum(DecimalSeries ta4j) {
        return Ta4jSmaCross.run(ta4j.series, FAST, SLOW, FEE_BPS / 10_000, QUANTITY);
    }

    /** Runs the three benchmarks (JMH command-line options apply) and prints our speed-up over each ta4j run. */
    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(BacktestBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> ms = new HashMap<>();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark();
            ms.put(method.substring(method.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        Double ours = ms.get("ours");
        if (ours == null) {
            return;
        }
        System.out.printf("%nSMA(20)×SMA(100) with fees, 1M bars: ours %.1f ms", ours);
        ratio(ms, "ta4jDoubleNum", ours, 25);
        ratio(ms, "ta4jDecimalNum", ours, 100);
        System.out.println();
    }

    private static void ratio(Map<String, Double> ms, String name, double ours, double goal) {
        Double theirs = ms.get(name);
        if (theirs != null) {
            double ratio = theirs / ours;
            System.out.printf("; %s %.1f ms = %.1f× ours (goal ≥%.0f×: %s)", name, theirs, ratio, goal,
                    ratio >= goal ? "met" : "NOT met");
        }
    }
}
