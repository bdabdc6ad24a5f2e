package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.live.Backoff;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The source series the fake venues stream and serve over REST, and timing settings that keep tests fast. */
public final class LiveBars {

    /** 2024-01-01T00:00:00Z. */
    public static final long T0 = 1_704_067_200_000L;
    public static final Timeframe TF = Timeframe.M1;
    public static final long MINUTE = TF.millis();

    private LiveBars() {
    }

    /** Minute {@code i} of the source: exact decimals with differing scales, valid OHLC. */
    public static Candle bar(int i) {
        BigDecimal open = new BigDecimal("42000.5").add(BigDecimal.valueOf(i * 3L));
        return new Candle(T0 + i * MINUTE, open, open.add(new BigDecimal("12.25")),
                open.subtract(new BigDecimal("8.125")), open.add(new BigDecimal("1.5")),
                new BigDecimal("1.2345678").add(BigDecimal.valueOf(i)));
    }

    /** The same bar while it is still forming: lower close and volume, so stored values show which one won. */
    public static Candle partial(int i) {
        Candle c = bar(i);
        return new Candle(c.openTime(), c.open(), c.high(), c.low(), c.open(), new BigDecimal("0.5"));
    }

    public static List<Candle> bars(int fromInclusive, int toExclusive) {
        List<Candle> out = new ArrayList<>();
        for (int i = fromInclusive; i < toExclusive; i++) {
            out.add(bar(i));
        }
        return out;
    }

    /** A moment inside minute {@code i} (30 s in), so minutes before it are closed. */
    public static long during(int i) {
        return T0 + i * MINUTE + 30_000;
    }

    /**
     * Reconnect after 20..100 ms so scenarios end in well under a second; stale only after 3 s, so a slow build machine
     * cannot fake a stale connection (the stale tests set their own, shorter limit).
     */
    public static StreamSettings fastSettings() {
        return new StreamSettings(Duration.ofSeconds(3), new Backoff(Duration.ofMillis(20), Duration.ofMillis(100),
                0.2), null, null);
    }

    /** Values compared as numbers (the store may hand back other scales), in order. */
    public static List<String> values(List<Candle> candles) {
        return candles.stream().map(c -> c.openTime() + " " + c.open().stripTrailingZeros().toPlainString() + " "
                + c.high().stripTrailingZeros().toPlainString() + " " + c.low().stripTrailingZeros().toPlainString()
                + " " + c.close().stripTrailingZeros().toPlainString() + " "
                + c.volume().stripTrailingZeros().toPlainString()).toList();
    }
}
