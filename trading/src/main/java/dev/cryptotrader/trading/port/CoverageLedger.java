package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

import java.util.List;

/**
 * What a venue has told us it has no bars for. Venues leave out intervals without trades (KuCoin always, Bitfinex and
 * Binance during outages); once the venue has answered for a span and left bars out, those bars are <em>confirmed
 * empty</em>, not gaps to fetch again on every repair.
 *
 * <p>Contract: spans are half-open {@code [from, to)} in epoch milliseconds. Recording is idempotent and merges with
 * what is known, so the ledger holds each instant at most once.
 */
public interface CoverageLedger {

    /** Records that the venue has no bars of {@code key} in {@code spans}, in one transaction. */
    void recordEmpty(SeriesKey key, List<TimeRange> spans);

    /** The confirmed-empty spans of {@code key} that overlap {@code within}, whole, sorted, none touching another. */
    List<TimeRange> confirmedEmpty(SeriesKey key, TimeRange within);
}
