package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test bars: hand-written decimals and seeded random walks on a one-minute grid. */
final class Bars {

    static final SeriesKey BTC_1M = new SeriesKey(Exchange.BITFINEX, Instrument.of("BTC", "USD"), Timeframe.M1);
    static final SeriesKey ETH_1M = new SeriesKey(Exchange.BINANCE, Instrument.of("ETH", "USDT"), Timeframe.M1);
    static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % 60_000L;
    static final long MINUTE = 60_000L;

    private Bars() {
    }

    static Candle bar(long openTime, String o, String h, String l, String c, String v) {
        return new Candle(openTime, new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c),
                new BigDecimal(v));
    }

    /** {@code count} bars from minute {@code startMinute} on, prices at scale 2 and volumes at scale 8. */
    static CandleSeries walk(int startMinute, int count, long seed) {
        Random random = new Random(seed);
        CandleSeries.Builder b = CandleSeries.builder(count, 2, 8);
        long price = 4_000_000 + random.nextInt(100_000);
        for (int i = 0; i < count; i++) {
            long open = price;
            long close = Math.max(100, open + (long) (random.nextGaussian() * 2_000));
            long high = Math.max(open, close) + random.nextInt(1_000);
            long low = Math.max(1, Math.min(open, close) - random.nextInt(1_000));
            long volume = (long) (Math.abs(random.nextGaussian()) * 5_000_000_000L);
            b.addMantissas(T0 + (startMinute + i) * MINUTE, open, high, low, close, volume);
            price = close;
        }
        return b.build();
    }

    static List<Candle> candles(CandleSeries s) {
        return new ArrayList<>(s.toCandles());
    }

    /** The same bars with the close of bar {@code index} moved by one smallest unit. */
    static CandleSeries withCloseNudged(CandleSeries s, int index) {
        CandleSeries.Builder b = CandleSeries.builder(s.size(), s.priceScale(), s.volumeScale());
        for (int i = 0; i < s.size(); i++) {
            long close = s.closeMantissa(i) + (i == index ? 1 : 0);
            long high = Math.max(s.highMantissa(i), close);
            b.addMantissas(s.openTime(i), s.openMantissa(i), high, s.lowMantissa(i), close, s.volumeMantissa(i));
        }
        return b.build();
    }
}
