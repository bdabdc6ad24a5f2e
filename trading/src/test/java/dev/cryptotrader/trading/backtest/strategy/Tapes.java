package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.SharedData;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.CandleFileParser;
import dev.cryptotrader.trading.importing.OnError;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;

/** Tapes for the strategy tests: hand-built, synthetic, and real candles from ../shared/data (skipped if absent). */
final class Tapes {

    static final long MINUTE = 60_000;
    private static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % MINUTE;
    private static BarTape coinbase;
    private static BarTape demoEth;

    private Tapes() {
    }

    /** Bars whose open, high, low and close are all the given close. */
    static BarTape closes(double... closes) {
        return bars(closes, closes, closes);
    }

    static BarTape bars(double[] high, double[] low, double[] close) {
        int n = close.length;
        long[] t = new long[n];
        double[] volume = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * MINUTE;
            volume[i] = 1;
        }
        return new BarTape("hand-built", MINUTE, t, close.clone(), high.clone(), low.clone(), close.clone(), volume);
    }

    /** A random walk in whole dollars: many exact ties between averages, so ta4j's tie rules get exercised. */
    static BarTape wholeDollarWalk(int bars, long seed) {
        return walk(bars, seed, true);
    }

    /** A random walk in cents, like real prices. */
    static BarTape centWalk(int bars, long seed) {
        return walk(bars, seed, false);
    }

    private static BarTape walk(int bars, long seed, boolean whole) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] o = new double[bars];
        double[] h = new double[bars];
        double[] l = new double[bars];
        double[] c = new double[bars];
        long[] t = new long[bars];
        double[] v = new double[bars];
        double price = whole ? 100 : 30_000;
        for (int i = 0; i < bars; i++) {
            o[i] = price;
            price = whole ? Math.max(1, price + random.nextInt(-2, 3))
                    : Math.max(1, Math.round((price + random.nextDouble(-50, 50)) * 100) / 100.0);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + (whole ? random.nextInt(0, 2) : Math.round(random.nextDouble(0, 20) * 100)
                    / 100.0);
            l[i] = Math.max(0.01, Math.min(o[i], c[i]) - (whole ? random.nextInt(0, 2)
                    : Math.round(random.nextDouble(0, 20) * 100) / 100.0));
            t[i] = T0 + i * MINUTE;
            v[i] = 1 + random.nextInt(100);
        }
        return new BarTape((whole ? "whole" : "cent") + "-walk-" + seed, MINUTE, t, o, h, l, c, v);
    }

    /** Coinbase BTC-USD 4h from 2016 (~20,700 bars), read by the project's own parser. */
    static synchronized BarTape coinbaseBtcUsd4h() {
        if (coinbase == null) {
            coinbase = read("data/coinbase_BTC-USD_4h.csv", Timeframe.H4, "coinbase BTC-USD 4h");
        }
        return coinbase;
    }

    /** The demo's ETH-USD 5m series (the ta4j-examples file the demo workspace seeds), from ../shared/data. */
    static synchronized BarTape demoEthUsd5m() {
        if (demoEth == null) {
            demoEth = read("data/Binance-ETH-USD-PT5M-20230313_20230315.json", Timeframe.M5, "demo ETH-USD 5m");
        }
        return demoEth;
    }

    private static BarTape read(String relative, Timeframe timeframe, String name) {
        Path file = sharedFile(relative);
        var candles = new CandleFileParser().parse(file, timeframe, Optional.empty(), OnError.FAIL).candles();
        return BarTape.of(name, timeframe.millis(), candles);
    }

    private static Path sharedFile(String relative) {
        return SharedData.file(relative);
    }
}
