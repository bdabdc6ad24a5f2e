package dev.cryptotrader.trading.venue;

import java.util.List;

/** An adapter that keeps client-side rate-limit budgets and can say how full they are. */
public interface RateLimited {

    /** One entry per budget (Binance has one weight budget, Bitfinex one per endpoint, KuCoin one pool). */
    List<RateLimitUsage> rateLimitUsage();
}
