package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;
import dev.cryptotrader.trading.port.UpsertResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages one span out of the venue into the store, the loop shared by {@link Backfill} and {@link GapRepair}. Each page
 * is stored in one atomic upsert before the next is asked for, so a crash or a cancel loses at most the page in
 * flight; bars the venue left out of the span it answered for are recorded as confirmed empty.
 */
final class SpanFetcher {

    /**
     * Venues publish a closed bar seconds after it closes, so a bar missing among the newest ones may just not be out
     * yet. Only bars that closed longer ago than this are confirmed empty; newer ones stay gaps, asked for again.
     */
    static final long SETTLE_MILLIS = 10 * 60_000L;

    private static final UpsertResult NOTHING_STORED = new UpsertResult(0, 0, 0);

    private final ExchangeMarketData venue;
    private final CandleStore store;
    private final CoverageLedger ledger;
    private final Clock clock;

    SpanFetcher(ExchangeMarketData venue, CandleStore store, CoverageLedger ledger, Clock clock) {
        this.venue = venue;
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Fetches {@code span} (aligned to the timeframe) page by page; false when cancelled before it was done. */
    boolean fetch(SeriesKey key, TimeRange span, CancellationToken cancel, Tally tally) {
        long cursor = span.from();
        while (cursor < span.to()) {
            if (cancel.isCancelled()) {
                return false;
            }
            HistoryPage page = venue.fetchHistory(key.instrument(), key.timeframe(), cursor, span.to());
            long answeredTo = Math.min(page.coveredTo(), span.to());
            checkPage(key, page, cursor, answeredTo);
            CandleSeries bars = page.candles();
            UpsertResult stored = bars.isEmpty() ? NOTHING_STORED : store.upsert(key, bars);
            recordSilence(key, bars, cursor, answeredTo, tally);
            tally.page(cursor, answeredTo, bars.size(), stored);
            cursor = answeredTo;
        }
        return true;
    }

    /**
     * The port promises this; checking it here costs one pass and keeps a broken adapter from storing bars outside the
     * span or from paging forever.
     */
    private void checkPage(SeriesKey key, HistoryPage page, long from, long answeredTo) {
        if (page.requestedFrom() != from) {
            throw badPage(key, "answered for " + Instant.ofEpochMilli(page.requestedFrom()) + " when asked for "
                    + Instant.ofEpochMilli(from));
        }
        if (answeredTo <= from) {
            throw badPage(key, "a page from " + Instant.ofEpochMilli(from) + " covers no time, so paging cannot go on");
        }
        CandleSeries bars = page.candles();
        Timeframe tf = key.timeframe();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            long t = bars.openTime(i);
            if (t < from || t >= answeredTo || !tf.isAligned(t) || t <= previous) {
                throw badPage(key, "bar at " + Instant.ofEpochMilli(t) + " is out of order, off the " + tf
                        + " grid or outside the answered span " + Instant.ofEpochMilli(from) + " .. "
                        + Instant.ofEpochMilli(answeredTo));
            }
            previous = t;
        }
    }

    private ExchangeException badPage(SeriesKey key, String problem) {
        return new ExchangeException(venue.exchange(), ExchangeException.Kind.BAD_RESPONSE,
                "history of " + key + ": " + problem);
    }

    private void recordSilence(SeriesKey key, CandleSeries bars, long from, long answeredTo, Tally tally) {
        long settledBefore = key.timeframe().bucketStart(clock.nowMillis() - SETTLE_MILLIS);
        List<TimeRange> silent = missingSpans(bars, key.timeframe(), from, Math.min(answeredTo, settledBefore));
        if (silent.isEmpty()) {
            return;
        }
        ledger.recordEmpty(key, silent);
        long millis = silent.stream().mapToLong(s -> s.to() - s.from()).sum();
        tally.confirmedEmpty(silent.size(), millis / key.timeframe().millis());
    }

    /** The runs of grid slots in {@code [from, to)} that hold no bar. */
    static List<TimeRange> missingSpans(CandleSeries bars, Timeframe tf, long from, long to) {
        List<TimeRange> missing = new ArrayList<>();
        long expected = from;
        for (int i = 0; i < bars.size() && expected < to; i++) {
            long t = bars.openTime(i);
            if (t > expected) {
                missing.add(new TimeRange(expected, Math.min(t, to)));
            }
            expected = Math.max(expected, t + tf.millis());
        }
        if (expected < to) {
            missing.add(new TimeRange(expected, to));
        }
        return missing;
    }
}
