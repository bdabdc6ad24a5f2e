package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Candle;

/** Hears one live subscription. Feeds call it from a single thread, in order. */
public interface LiveCandleListener {

    /**
     * The bar that is still open changed. It is for display only (the chart moves it in place): its values are not
     * final, so it is never stored.
     */
    void onForming(Candle candle);

    /**
     * A bar is finished: the venue marked it closed (Binance {@code k.x}) or a bar with a later open time arrived
     * (Bitfinex, KuCoin). Its values are final.
     */
    void onClosed(Candle candle);

    /** Connection life, frames that were refused, and (from the service) catch-up progress. */
    void onStatus(ConnectionStatus status);
}
