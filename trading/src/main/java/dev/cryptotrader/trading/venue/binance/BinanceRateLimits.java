package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.http.RequestBudget;
import okhttp3.Headers;

import java.time.Duration;
import java.util.List;

/**
 * Binance spot counts request <em>weight</em> per IP per minute (6000 by default; exchangeInfo's REQUEST_WEIGHT
 * entry). Weights per endpoint from the spot REST docs (developers.binance.com/docs/binance-spot-api-docs/rest-api):
 * klines 2, exchangeInfo 20, 24hr ticker for one symbol 2. Every answer carries {@code X-MBX-USED-WEIGHT-1M}, the
 * IP's real usage, which corrects our count when other programs share the IP.
 */
final class BinanceRateLimits {

    static final int WEIGHT_PER_MINUTE = 6000;
    static final int KLINES_WEIGHT = 2;
    static final int EXCHANGE_INFO_WEIGHT = 20;
    static final int TICKER_24HR_WEIGHT = 2;
    static final String USED_WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";

    final RequestBudget weight = new RequestBudget("binance request weight / 1 min", WEIGHT_PER_MINUTE,
            Duration.ofMinutes(1));

    /** Reads the venue's count of used weight, if the answer has one. */
    void observe(Headers headers) {
        String used = headers.get(USED_WEIGHT_HEADER);
        if (used == null) {
            return;
        }
        try {
            weight.observeServerUsed(Integer.parseInt(used.trim()));
        } catch (NumberFormatException ignored) {
            // A garbled header must not fail a good answer; the local count still holds.
        }
    }

    List<RateLimitUsage> usage() {
        return List.of(weight.usage());
    }
}
