package dev.cryptotrader.trading.config;

import dev.cryptotrader.trading.domain.SeriesKey;

import java.util.Objects;
import java.util.Optional;

/**
 * One series the user wants kept up to date.
 *
 * @param series what to fetch; its exchange must have a market-data adapter
 * @param from   epoch millis where the first backfill starts, or empty for
 *               {@link SchedulerSettings#backfillHistory()} before now
 */
public record WatchlistEntry(SeriesKey series, Optional<Long> from) {

    public WatchlistEntry {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(from, "from");
        UserConfig.requireTradable(series.exchange());
    }

    public static WatchlistEntry of(SeriesKey series) {
        return new WatchlistEntry(series, Optional.empty());
    }
}
