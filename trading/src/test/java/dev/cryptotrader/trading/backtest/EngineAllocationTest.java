package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar loop allocates nothing: a million bars with a hundred trades allocate the equity curve (8 MB) and a little
 * for the fills, trades and metrics, not a byte per bar more.
 */
class EngineAllocationTest {

    @Test
    void aMillionBarsAllocateTheEquityCurveAndLittleElse() {
        var threads = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean,
                "this JVM does not report allocated bytes per thread");
        var meter = (com.sun.management.ThreadMXBean) threads;

        int n = 1_000_000;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] c = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        byte[] actions = new byte[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 60_000L;
            o[i] = 100 + 10 * Math.sin(i / 500.0);
            c[i] = o[i] + 0.1;
            h[i] = c[i] + 0.2;
            l[i] = o[i] - 0.2;
            if (i % 10_000 == 10) {
                actions[i] = Signal.ENTER_LONG;
            } else if (i % 10_000 == 5_010) {
                actions[i] = Signal.EXIT_LONG;
            }
        }
        var tape = new BarTape("sine", 60_000L, t, o, h, l, c, new double[n]);
        var signals = new Signals(actions, null, Map.of());
        var config = BacktestConfig.defaults(10_000, CostModel.flat(10, 2, 5));
        var engine = new BacktestEngine();
        engine.run(tape, signals, "warm", config); // compile the loop first

        long before = meter.getCurrentThreadAllocatedBytes();
        var run = engine.run(tape, signals, "measured", config);
        long allocated = meter.getCurrentThreadAllocatedBytes() - before;

        assertThat(run.trades()).hasSize(100);
        long equityBytes = 8L * n;
        assertThat(allocated - equityBytes).as("bytes allocated beyond the equity curve").isLessThan(256 * 1024);
    }
}
