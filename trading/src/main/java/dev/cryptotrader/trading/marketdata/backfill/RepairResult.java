package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

/**
 * What a gap repair did. {@code gapsFound}/{@code missingBars} count every hole between stored bars;
 * {@code barsKnownEmpty} of those were already confirmed empty and not asked for again. Of the refetched spans, the
 * venue returned {@code barsRefetched} bars and had nothing for {@code barsConfirmedEmpty} bars in
 * {@code spansConfirmedEmpty} spans, which are now recorded so no later repair asks again.
 */
public record RepairResult(SeriesKey key, TimeRange range, int gapsFound, long missingBars, long barsKnownEmpty,
                           int spansRefetched, long pages, long barsRefetched, long inserted, long updated,
                           long spansConfirmedEmpty, long barsConfirmedEmpty, boolean cancelled) {
}
