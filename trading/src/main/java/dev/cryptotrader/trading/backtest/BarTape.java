package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.Arrays;
import java.util.Objects;

/**
 * The bars a backtest replays, as columns of equal length, oldest first. {@code openTime} is epoch ms; a bar closes at
 * {@code openTime + barMillis}. A strategy decides at a bar's close, from that bar and the ones before it.
 */
public record BarTape(String name, long barMillis, long[] openTime, double[] open, double[] high, double[] low,
                      double[] close, double[] volume) {

    public BarTape {
        Objects.requireNonNull(name, "name");
        if (barMillis <= 0) {
            throw new IllegalArgumentException("bar length must be > 0 ms, was " + barMillis);
        }
        int n = openTime.length;
        if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
            throw new IllegalArgumentException("bar columns differ in length");
        }
    }

    public static BarTape of(String name, long barMillis, CandleSeries candles) {
        int n = candles.size();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = candles.openTime(i);
            o[i] = candles.open(i);
            h[i] = candles.high(i);
            l[i] = candles.low(i);
            c[i] = candles.close(i);
            v[i] = candles.volume(i);
        }
        return new BarTape(name, barMillis, t, o, h, l, c, v);
    }

    public int size() {
        return openTime.length;
    }

    public long closeTime(int i) {
        return openTime[i] + barMillis;
    }

    /** Bars {@code [from, to)} as a tape of their own (copies). */
    public BarTape slice(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        return new BarTape(name, barMillis, Arrays.copyOfRange(openTime, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
    }

    /** The first {@code size} bars: the data as it stood when bar {@code size - 1} closed. */
    public BarTape prefix(int size) {
        return slice(0, size);
    }
}
