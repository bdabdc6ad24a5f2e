package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.SeriesKey;

import java.util.Objects;

/** Names one recurring job: one kind of work on one series. */
public record JobKey(JobKind kind, SeriesKey series) {

    public JobKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(series, "series");
    }

    @Override
    public String toString() {
        return kind + " " + series;
    }
}
