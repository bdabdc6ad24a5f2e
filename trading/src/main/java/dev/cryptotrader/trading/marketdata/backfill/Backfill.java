package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.TimeSpans;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills a series with closed bars from a venue's REST history.
 *
 * <p>Resumable: what is already stored is not asked for again. A run fetches only the part of the range after the
 * last stored bar, plus the part before the first stored bar when the range starts earlier. Holes between stored bars
 * are {@link GapRepair}'s job (that includes a head that was cancelled half way). Idempotent: every page goes through
 * the store's atomic upsert, so running twice changes nothing. Cancelling stops between pages. Exchange failures
 * propagate as {@code ExchangeException}; every page stored before one stays stored, and the next run resumes after
 * it.
 */
public final class Backfill {

    private final ExchangeMarketData venue;
    private final CandleStore store;
    private final CoverageLedger ledger;
    private final Clock clock;
    private final SpanFetcher fetcher;

    public Backfill(ExchangeMarketData venue, CandleStore store, CoverageLedger ledger, Clock clock) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = new SpanFetcher(venue, store, ledger, clock);
    }

    public BackfillResult run(SeriesKey key, TimeRange range, BackfillListener progress, CancellationToken cancel) {
        Venue.requireServes(venue, key);
        if (range.from() == Long.MIN_VALUE) {
            throw new IllegalArgumentException("a backfill needs a start time");
        }
        List<TimeRange> plan = plan(key, range);
        Tally tally = new Tally(key, TimeSpans.length(plan), progress);
        boolean cancelled = false;
        for (TimeRange span : plan) {
            if (!fetcher.fetch(key, span, cancel, tally)) {
                cancelled = true;
                break;
            }
        }
        return new BackfillResult(key, range, plan, tally.pages, tally.barsFetched, tally.inserted, tally.updated,
                tally.unchanged, tally.barsConfirmedEmpty, cancelled);
    }

    /**
     * The spans of {@code range} to ask the venue for: before the first stored bar and after the last one, minus what
     * the venue already confirmed empty (a quiet spell after the last bar, or years before the pair was listed).
     */
    List<TimeRange> plan(SeriesKey key, TimeRange range) {
        Timeframe tf = key.timeframe();
        long from = firstOpenAtOrAfter(tf, range.from());
        // Only closed bars: the bar that opens at the current bucket start is still forming.
        long end = Math.min(range.to(), tf.bucketStart(clock.nowMillis()));
        if (end <= from) {
            return List.of();
        }
        List<TimeRange> wanted = new ArrayList<>();
        Optional<SeriesInfo> stored = store.info(key);
        if (stored.isEmpty()) {
            wanted.add(new TimeRange(from, end));
        } else {
            long first = stored.get().firstOpenTime();
            long after = Math.max(from, stored.get().lastOpenTime() + tf.millis());
            if (first > from) {
                wanted.add(new TimeRange(from, Math.min(first, end)));
            }
            if (after < end) {
                wanted.add(new TimeRange(after, end));
            }
        }
        return TimeSpans.subtract(wanted, ledger.confirmedEmpty(key, new TimeRange(from, end)));
    }

    private static long firstOpenAtOrAfter(Timeframe tf, long t) {
        long start = tf.bucketStart(t);
        return start == t ? t : start + tf.millis();
    }
}
