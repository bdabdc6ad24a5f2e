package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.TimeSpans;
import dev.cryptotrader.trading.marketdata.Gap;
import dev.cryptotrader.trading.marketdata.GapDetector;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;

import java.util.List;
import java.util.Objects;

/**
 * Refetches the bars missing between stored bars, exactly those spans and nothing else. What the venue returns is
 * stored; what it answers for but leaves out is recorded in the {@link CoverageLedger} as confirmed empty, so the
 * next repair skips it instead of asking again forever. Cancelling stops between pages.
 */
public final class GapRepair {

    private final ExchangeMarketData venue;
    private final CandleStore store;
    private final CoverageLedger ledger;
    private final SpanFetcher fetcher;

    public GapRepair(ExchangeMarketData venue, CandleStore store, CoverageLedger ledger, Clock clock) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.fetcher = new SpanFetcher(venue, store, ledger, Objects.requireNonNull(clock, "clock"));
    }

    public RepairResult run(SeriesKey key, TimeRange range, BackfillListener progress, CancellationToken cancel) {
        Venue.requireServes(venue, key);
        CandleSeries stored = store.read(key, range);
        List<Gap> gaps = GapDetector.find(stored, key.timeframe());
        long missingBars = gaps.stream().mapToLong(Gap::missingBars).sum();
        List<TimeRange> toFetch = OpenGaps.find(stored, key.timeframe(), ledger.confirmedEmpty(key, range))
                .stream().map(g -> OpenGaps.toSpan(g, key.timeframe())).toList();
        long openBars = TimeSpans.length(toFetch) / key.timeframe().millis();

        Tally tally = new Tally(key, TimeSpans.length(toFetch), progress);
        int spansFetched = 0;
        boolean cancelled = false;
        for (TimeRange span : toFetch) {
            if (!fetcher.fetch(key, span, cancel, tally)) {
                cancelled = true;
                break;
            }
            spansFetched++;
        }
        return new RepairResult(key, range, gaps.size(), missingBars, missingBars - openBars, spansFetched,
                tally.pages, tally.barsFetched, tally.inserted, tally.updated, tally.spansConfirmedEmpty,
                tally.barsConfirmedEmpty, cancelled);
    }
}
