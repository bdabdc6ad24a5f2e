package dev.cryptotrader.charting;

import java.util.Random;

/** Deterministic random-walk bars for chart tests. */
final class TestBars {

    /** 2013-11-25T00:00:00Z */
    static final long START = 1_385_337_600_000L;

    private TestBars() {
    }

    static OhlcvColumns walk(int n, long startMillis, long stepMillis, long seed) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 800;
        for (int i = 0; i < n; i++) {
            t[i] = startMillis + i * stepMillis;
            o[i] = price;
            price = Math.max(1, price + r.nextGaussian() * 3);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + r.nextDouble() * 2;
            l[i] = Math.min(o[i], c[i]) - r.nextDouble() * 2;
            v[i] = r.nextDouble() * 10;
        }
        return new OhlcvColumns(t, o, h, l, c, v);
    }
}
