package dev.cryptotrader.trading.marketdata;

import java.time.Instant;

/** A run of missing bars: the open times of the first and last missing bar, and how many are missing. */
public record Gap(long firstMissing, long lastMissing, long missingBars) {

    @Override
    public String toString() {
        return Instant.ofEpochMilli(firstMissing) + " .. " + Instant.ofEpochMilli(lastMissing) + " (" + missingBars
                + " bars)";
    }
}
