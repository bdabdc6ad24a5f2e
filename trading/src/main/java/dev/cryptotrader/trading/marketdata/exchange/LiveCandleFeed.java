package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;

/**
 * One venue's live candles over a WebSocket, the streaming twin of {@link ExchangeMarketData}. Each adapter keeps its
 * subscription alive by itself: it detects a stale connection, reconnects with backoff and jitter and subscribes
 * again, reporting every step through {@link LiveCandleListener#onStatus}.
 *
 * <p>What a feed does <em>not</em> do is fill the bars it missed while it was disconnected; that is REST's job
 * (the engine's {@code LiveCandleService} runs the backfill after every (re)subscription).
 */
public interface LiveCandleFeed {

    Exchange exchange();

    /**
     * Starts streaming at once and returns; events arrive on one thread per subscription, in the order the venue sent
     * them. The listener must return quickly: a slow listener delays heartbeats and can make the connection look
     * stale.
     */
    Subscription subscribe(Instrument instrument, Timeframe timeframe, LiveCandleListener listener);
}
