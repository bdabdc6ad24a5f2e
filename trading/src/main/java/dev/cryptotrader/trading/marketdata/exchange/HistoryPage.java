package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.CandleSeries;

/**
 * One answer to a history request. {@code coveredTo} is where the next page starts: the venue has answered for
 * {@code [requestedFrom, coveredTo)}, so bars missing inside that span are confirmed absent at the venue (KuCoin, for
 * one, leaves out intervals without trades), not gaps to fetch again.
 */
public record HistoryPage(CandleSeries candles, long requestedFrom, long coveredTo) {

    public HistoryPage {
        if (coveredTo < requestedFrom) {
            throw new IllegalArgumentException("a page cannot cover less than nothing");
        }
    }
}
