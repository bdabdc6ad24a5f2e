package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.UpsertResult;

/** Running totals of one backfill or repair; tells the listener after every page. Used by one thread. */
final class Tally {

    private final SeriesKey key;
    private final long totalMillis;
    private final BackfillListener listener;

    long pages;
    long barsFetched;
    long inserted;
    long updated;
    long unchanged;
    long coveredMillis;
    long spansConfirmedEmpty;
    long barsConfirmedEmpty;

    Tally(SeriesKey key, long totalMillis, BackfillListener listener) {
        this.key = key;
        this.totalMillis = totalMillis;
        this.listener = listener;
    }

    void page(long from, long answeredTo, int bars, UpsertResult stored) {
        pages++;
        barsFetched += bars;
        inserted += stored.inserted();
        updated += stored.updated();
        unchanged += stored.unchanged();
        coveredMillis += answeredTo - from;
        listener.onProgress(new BackfillProgress(key, pages, barsFetched, coveredMillis, totalMillis, answeredTo));
    }

    void confirmedEmpty(long spans, long bars) {
        spansConfirmedEmpty += spans;
        barsConfirmedEmpty += bars;
    }
}
