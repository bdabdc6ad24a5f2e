package dev.cryptotrader.bench;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;

import java.util.SplittableRandom;

/** Realistic one-minute BTC/USD bars: a random walk around 40,000 USD, prices at scale 2, volumes at scale 8. */
final class SyntheticCandles {

    static final SeriesKey BTC_USD_1M = new SeriesKey(Exchange.BITFINEX, Instrument.of("BTC", "USD"), Timeframe.M1);
    static final int ONE_MILLION = 1_000_000;
    /** 2024-01-01T00:00Z. */
    static final long START = 1_704_067_200_000L;

    private SyntheticCandles() {
    }

    static CandleSeries randomWalk(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CandleSeries.Builder b = CandleSeries.builder(count, 2, 8);
        long price = 4_000_000; // 40,000.00 USD in cents
        for (int i = 0; i < count; i++) {
            long open = price;
            // About 0.05% per minute, like BTC in a calm market; never below 1.00 USD.
            long close = Math.max(100, open + Math.round(gaussian(random) * open * 0.0005));
            long high = Math.max(open, close) + Math.round(Math.abs(gaussian(random)) * open * 0.0002);
            long low = Math.max(1, Math.min(open, close) - Math.round(Math.abs(gaussian(random)) * open * 0.0002));
            long volume = Math.round(Math.abs(gaussian(random)) * 3e8) + random.nextLong(1_000_000); // ~3 BTC/min
            b.addMantissas(START + i * 60_000L, open, high, low, close, volume);
            price = close;
        }
        return b.build();
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian of its own on every JDK.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
