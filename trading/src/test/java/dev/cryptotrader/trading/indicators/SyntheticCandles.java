package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.SplittableRandom;

/** Reproducible random-walk candles at price scale 2 and volume scale 4, one minute apart. */
final class SyntheticCandles {

    static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % 60_000;
    static final long MINUTE = 60_000;

    private SyntheticCandles() {
    }

    static CandleSeries randomWalk(int bars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CandleSeries.Builder builder = CandleSeries.builder(bars, 2, 4);
        long close = 3_000_000; // 30,000.00
        for (int i = 0; i < bars; i++) {
            long open = close;
            close = Math.max(100, open + random.nextLong(-5_000, 5_001));
            long high = Math.max(open, close) + random.nextLong(0, 2_000);
            long low = Math.max(1, Math.min(open, close) - random.nextLong(0, 2_000));
            builder.addMantissas(T0 + i * MINUTE, open, high, low, close, random.nextLong(0, 100_000_000));
        }
        return builder.build();
    }

    /** Bars whose open, high, low and close are all the given close (hand-checked tests). */
    static CandleSeries closes(double... closes) {
        CandleSeries.Builder builder = CandleSeries.builder(closes.length, 2, 0);
        for (int i = 0; i < closes.length; i++) {
            long c = Math.round(closes[i] * 100);
            builder.addMantissas(T0 + i * MINUTE, c, c, c, c, 1);
        }
        return builder.build();
    }
}
