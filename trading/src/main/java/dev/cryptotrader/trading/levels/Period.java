package dev.cryptotrader.trading.levels;

import dev.cryptotrader.trading.domain.Timeframe;

/** The calendar periods whose previous high, low and close are drawn as levels: UTC days, and weeks from Monday. */
public enum Period {
    DAY("D", Timeframe.D1),
    WEEK("W", Timeframe.W1);

    private final String letter;
    private final Timeframe buckets;

    Period(String letter, Timeframe buckets) {
        this.letter = letter;
        this.buckets = buckets;
    }

    /** Open time (UTC epoch millis) of the period holding {@code epochMillis}: 00:00 UTC, on Monday for weeks. */
    public long start(long epochMillis) {
        return buckets.bucketStart(epochMillis);
    }

    public long millis() {
        return buckets.millis();
    }

    /** The chart label of a level of the previous period: "PDH", "PWC", ... */
    public String label(char which) {
        return "P" + letter + which;
    }
}
