package dev.cryptotrader.trading.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One bar: its open time in UTC epoch milliseconds plus exact decimal OHLCV. Prices and volumes are {@link BigDecimal}
 * here and scaled integers in storage, never binary floating point, so what was imported is what is read back.
 */
public record Candle(long openTime, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                     BigDecimal volume) {

    public Candle {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
    }

    /** What is wrong with this bar's numbers, or empty when low ≤ open, close ≤ high, prices > 0 and volume ≥ 0. */
    public Optional<String> problem() {
        if (low.signum() <= 0) {
            return Optional.of("low " + low.toPlainString() + " is not a positive price");
        }
        if (high.compareTo(low) < 0) {
            return Optional.of("high " + high.toPlainString() + " is below low " + low.toPlainString());
        }
        if (open.compareTo(low) < 0 || open.compareTo(high) > 0) {
            return Optional.of("open " + open.toPlainString() + " is outside low..high "
                    + low.toPlainString() + ".." + high.toPlainString());
        }
        if (close.compareTo(low) < 0 || close.compareTo(high) > 0) {
            return Optional.of("close " + close.toPlainString() + " is outside low..high "
                    + low.toPlainString() + ".." + high.toPlainString());
        }
        if (volume.signum() < 0) {
            return Optional.of("volume " + volume.toPlainString() + " is negative");
        }
        return Optional.empty();
    }

    /** Same bar, compared by value (1.50 equals 1.5). */
    public boolean sameValues(Candle other) {
        return openTime == other.openTime && open.compareTo(other.open) == 0 && high.compareTo(other.high) == 0
                && low.compareTo(other.low) == 0 && close.compareTo(other.close) == 0
                && volume.compareTo(other.volume) == 0;
    }

    public Instant openInstant() {
        return Instant.ofEpochMilli(openTime);
    }
}
