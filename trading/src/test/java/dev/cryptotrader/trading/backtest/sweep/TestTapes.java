package dev.cryptotrader.trading.backtest.sweep;

import dev.cryptotrader.trading.backtest.BarTape;

import java.util.Random;

/** Deterministic synthetic tapes for sweep and walk-forward tests: a seeded random walk of 4-hour bars. */
public final class TestTapes {

    public static final long H4 = 4 * 3_600_000L;
    public static final long START = 1_600_000_000_000L - 1_600_000_000_000L % H4;

    private TestTapes() {
    }

    /** {@code bars} bars whose closes wander ±2% a bar with some trend, so SMA crosses happen often. */
    public static BarTape randomWalk(int bars, long seed) {
        Random random = new Random(seed);
        long[] time = new long[bars];
        double[] open = new double[bars];
        double[] high = new double[bars];
        double[] low = new double[bars];
        double[] close = new double[bars];
        double[] volume = new double[bars];
        double price = 10_000;
        double drift = 0;
        for (int i = 0; i < bars; i++) {
            if (i % 200 == 0) {
                drift = (random.nextDouble() - 0.5) * 0.004;
            }
            time[i] = START + i * H4;
            open[i] = price;
            price *= 1 + drift + random.nextGaussian() * 0.02;
            close[i] = price;
            high[i] = Math.max(open[i], close[i]) * (1 + random.nextDouble() * 0.005);
            low[i] = Math.min(open[i], close[i]) * (1 - random.nextDouble() * 0.005);
            volume[i] = 1 + random.nextDouble();
        }
        return new BarTape("random walk " + seed, H4, time, open, high, low, close, volume);
    }
}
