package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Timeframe;

/**
 * The bars one history request asks for: the aligned open times in {@code [from, to)}, cut to at most one page.
 * Asking for exactly one page's worth matters for KuCoin, which answers the <em>newest</em> 1500 bars of a longer
 * range; cutting the range makes every venue's answer the oldest page, so paging can only move forward.
 *
 * @param from      what the caller asked for (may fall inside a bar)
 * @param firstOpen the first aligned open time at or after {@code from}
 * @param end       exclusive end of this request: {@code to}, or earlier when the range is longer than a page
 * @param bars      aligned open times in {@code [firstOpen, end)}: the most rows an honest venue can return
 */
public record HistoryWindow(Timeframe timeframe, long from, long firstOpen, long end, int bars) {

    public static HistoryWindow of(Timeframe timeframe, long from, long to, int maxBars) {
        if (to < from) {
            throw new IllegalArgumentException("history range ends (" + to + ") before it starts (" + from + ")");
        }
        if (maxBars < 1) {
            throw new IllegalArgumentException("a page must hold at least one bar, not " + maxBars);
        }
        long tf = timeframe.millis();
        long first = timeframe.isAligned(from) ? from : timeframe.bucketStart(from) + tf;
        if (first >= to) {
            return new HistoryWindow(timeframe, from, first, to, 0);
        }
        long end = (to - first) / tf >= maxBars ? first + maxBars * tf : to;
        int bars = (int) Math.ceilDiv(end - first, tf);
        return new HistoryWindow(timeframe, from, first, end, bars);
    }

    /** No bar can open in the range, so there is nothing to ask the venue. */
    public boolean isEmpty() {
        return bars == 0;
    }

    /** The open time of the last bar the window can hold. */
    public long lastOpen() {
        return firstOpen + (bars - 1L) * timeframe.millis();
    }

    /** For venues whose end parameter includes the bar opening at that time (Bitfinex {@code end}, Binance). */
    public long endInclusive() {
        return end - 1;
    }
}
