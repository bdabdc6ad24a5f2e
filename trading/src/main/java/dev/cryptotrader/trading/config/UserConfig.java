package dev.cryptotrader.trading.config;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.execution.FeeSchedule;
import dev.cryptotrader.trading.domain.SeriesKey;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the user's config file says: per-exchange overrides (base URLs, symbol spellings), the watchlist the scheduler
 * keeps filled, and the scheduler's intervals. Pure data, already checked: reading the file and reporting where it is
 * wrong is the app's job, so the engine never sees a half-valid configuration.
 *
 * @param exchanges overrides per exchange; only exchanges with a market-data adapter may appear
 * @param watchlist the series the scheduler backfills and repairs, in the user's order, each at most once
 * @param scheduler how often those jobs run
 * @param shortcuts the user's keys for chart commands, in file order (applied by the app, which knows the commands)
 * @param fees      maker/taker fees per exchange for backtests: the public base tiers, with the user's edits
 */
public record UserConfig(Map<Exchange, VenueOverrides> exchanges, List<WatchlistEntry> watchlist,
                         SchedulerSettings scheduler, List<ShortcutSetting> shortcuts, FeeSchedule fees) {

    public UserConfig {
        Objects.requireNonNull(fees, "fees");
        exchanges = Map.copyOf(exchanges);
        watchlist = List.copyOf(watchlist);
        Objects.requireNonNull(scheduler, "scheduler");
        shortcuts = List.copyOf(shortcuts);
        for (Exchange exchange : exchanges.keySet()) {
            requireTradable(exchange);
        }
        Set<SeriesKey> seen = new HashSet<>();
        for (WatchlistEntry entry : watchlist) {
            if (!seen.add(entry.series())) {
                throw new IllegalArgumentException(entry.series() + " is on the watchlist twice");
            }
        }
    }

    /** With the default fee schedule. */
    public UserConfig(Map<Exchange, VenueOverrides> exchanges, List<WatchlistEntry> watchlist,
                      SchedulerSettings scheduler, List<ShortcutSetting> shortcuts) {
        this(exchanges, watchlist, scheduler, shortcuts, FeeSchedule.defaults());
    }

    /** Without shortcut settings (the default keys). */
    public UserConfig(Map<Exchange, VenueOverrides> exchanges, List<WatchlistEntry> watchlist,
                      SchedulerSettings scheduler) {
        this(exchanges, watchlist, scheduler, List.of());
    }

    /** What applies when there is no config file: venue defaults, an empty watchlist, default intervals. */
    public static UserConfig defaults() {
        return new UserConfig(Map.of(), List.of(), SchedulerSettings.defaults());
    }

    public VenueOverrides overridesFor(Exchange exchange) {
        return exchanges.getOrDefault(exchange, VenueOverrides.NONE);
    }

    public Optional<WatchlistEntry> entry(SeriesKey series) {
        return watchlist.stream().filter(e -> e.series().equals(series)).findFirst();
    }

    /**
     * Where a scheduled backfill of {@code series} starts: the entry's own {@code from}, else
     * {@link SchedulerSettings#backfillHistory()} before {@code nowMillis}.
     */
    public long backfillStart(SeriesKey series, long nowMillis) {
        return entry(series).flatMap(WatchlistEntry::from)
                .orElse(nowMillis - scheduler.backfillHistory().toMillis());
    }

    /** Overrides and watchlist entries only make sense for venues we have an adapter for. */
    static Exchange requireTradable(Exchange exchange) {
        if (!exchange.isTradable()) {
            throw new IllegalArgumentException("exchange '" + exchange + "' has no market-data adapter; use "
                    + "bitfinex, binance or kucoin");
        }
        return exchange;
    }
}
