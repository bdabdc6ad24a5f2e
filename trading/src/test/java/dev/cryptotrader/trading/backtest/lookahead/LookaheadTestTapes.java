package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.SharedData;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.CandleFileParser;
import dev.cryptotrader.trading.importing.OnError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/** Tapes for the lookahead and multi-timeframe tests: seeded random walks (with holes on request) and real data. */
public final class LookaheadTestTapes {

    public static final long HOUR = 3_600_000L;
    public static final long DAY = 24 * HOUR;
    /** 2024-01-01T00:00Z, a Monday. */
    public static final long START = 1_704_067_200_000L;

    private static CandleSeries coinbase4h;

    private LookaheadTestTapes() {
    }

    public static BarTape randomWalk(int bars, long seed, long barMillis) {
        return randomWalk(bars, seed, barMillis, START, i -> true);
    }

    /** A random walk of {@code bars} slots from {@code start}; slots where {@code keep} is false are missing bars. */
    public static BarTape randomWalk(int bars, long seed, long barMillis, long start, IntPredicate keep) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<double[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        double price = 100;
        for (int i = 0; i < bars; i++) {
            double open = price;
            price *= Math.exp(rnd.nextGaussian() * 0.01);
            double high = Math.max(open, price) * (1 + rnd.nextDouble() * 0.003);
            double low = Math.min(open, price) * (1 - rnd.nextDouble() * 0.003);
            if (keep.test(i)) {
                times.add(start + i * barMillis);
                rows.add(new double[] {open, high, low, price, 1 + rnd.nextDouble() * 10});
            }
        }
        return tape("walk-" + seed, barMillis, times, rows);
    }

    /** Bars with the given closes (open = previous close, high/low around them), one every {@code barMillis}. */
    public static BarTape closes(long barMillis, long start, double... closes) {
        List<double[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            double open = i == 0 ? closes[0] : closes[i - 1];
            times.add(start + i * barMillis);
            rows.add(new double[] {open, Math.max(open, closes[i]) + 0.5, Math.min(open, closes[i]) - 0.5, closes[i],
                    1});
        }
        return tape("closes", barMillis, times, rows);
    }

    public static BarTape tape(String name, long barMillis, List<Long> times, List<double[]> rows) {
        int n = times.size();
        long[] t = new long[n];
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            for (int c = 0; c < 5; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return new BarTape(name, barMillis, t, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    /** Coinbase BTC-USD 4h from ../shared/data (~20,700 bars with a few gaps); skips the test when absent. */
    public static BarTape coinbaseBtcUsd4h() {
        return BarTape.of("Coinbase BTC-USD 4h", Timeframe.H4.millis(), coinbaseBtcUsd4hCandles());
    }

    public static synchronized CandleSeries coinbaseBtcUsd4hCandles() {
        if (coinbase4h == null) {
            Path file = sharedFile("data/coinbase_BTC-USD_4h.csv");
            coinbase4h = new CandleFileParser().parse(file, Timeframe.H4, Optional.empty(), OnError.FAIL).candles();
        }
        return coinbase4h;
    }

    public static Path sharedFile(String relative) {
        return SharedData.file(relative);
    }
}
