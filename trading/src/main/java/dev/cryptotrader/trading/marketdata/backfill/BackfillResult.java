package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

import java.util.List;

/**
 * What a backfill did. {@code plannedSpans} are the parts of the requested range it had to ask the venue for (empty
 * when the store was already up to date); the bar counts say what came back and what the store made of it.
 */
public record BackfillResult(SeriesKey key, TimeRange requested, List<TimeRange> plannedSpans, long pages,
                             long barsFetched, long inserted, long updated, long unchanged, long barsConfirmedEmpty,
                             boolean cancelled) {

    public BackfillResult {
        plannedSpans = List.copyOf(plannedSpans);
    }

    public boolean wasUpToDate() {
        return plannedSpans.isEmpty();
    }
}
