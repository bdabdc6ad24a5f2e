package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.http.RequestBudget;

import java.time.Duration;
import java.util.List;

/**
 * Bitfinex limits requests per minute <em>per endpoint</em> and blocks the IP for 60 s when one is exceeded, so each
 * endpoint gets its own budget. Figures from the endpoint pages of docs.bitfinex.com/reference: candles 30 req/min
 * (rest-public-candles), ticker 90 req/min (rest-public-ticker), configs 90 req/min (rest-public-conf). Bitfinex
 * reports no usage headers, so the local count is all we have.
 */
final class BitfinexRateLimits {

    static final int CANDLES_PER_MINUTE = 30;
    static final int TICKER_PER_MINUTE = 90;
    static final int CONF_PER_MINUTE = 90;
    /** What Bitfinex documents as its block after a breach; used when a 429 carries no Retry-After. */
    static final Duration BLOCK = Duration.ofSeconds(60);

    final RequestBudget candles = new RequestBudget("bitfinex candles / 1 min", CANDLES_PER_MINUTE,
            Duration.ofMinutes(1));
    final RequestBudget ticker = new RequestBudget("bitfinex ticker / 1 min", TICKER_PER_MINUTE, Duration.ofMinutes(1));
    final RequestBudget conf = new RequestBudget("bitfinex conf / 1 min", CONF_PER_MINUTE, Duration.ofMinutes(1));

    List<RateLimitUsage> usage() {
        return List.of(candles.usage(), ticker.usage(), conf.usage());
    }
}
