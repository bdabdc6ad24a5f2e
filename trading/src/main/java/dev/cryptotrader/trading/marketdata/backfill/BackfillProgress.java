package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;

/**
 * Where a backfill or gap repair stands after a page: {@code coveredMillis} of the {@code totalMillis} it set out to
 * fetch have been answered by the venue, and {@code answeredTo} is the open time the next page starts at.
 */
public record BackfillProgress(SeriesKey key, long pages, long barsFetched, long coveredMillis, long totalMillis,
                               long answeredTo) {

    /** 0..1; a run with nothing to fetch is complete. */
    public double fraction() {
        return totalMillis <= 0 ? 1.0 : Math.min(1.0, (double) coveredMillis / totalMillis);
    }
}
