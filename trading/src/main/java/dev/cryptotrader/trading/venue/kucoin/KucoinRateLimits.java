package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.http.RequestBudget;
import dev.cryptotrader.trading.venue.http.RetryAfter;
import okhttp3.Headers;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * KuCoin's rate limit 2.0 (kucoin.com/docs-new/rate-limit): public endpoints draw weight from the "Public" resource
 * pool, 2000 per 30 s for every VIP level. Weights are listed on each endpoint's page: Get Klines 3, Get 24hr Stats 15,
 * Get All Symbols 4, Get Public Token 10. Answers carry {@code gw-ratelimit-limit}, {@code gw-ratelimit-remaining} and
 * {@code gw-ratelimit-reset} (milliseconds until the pool refills), which correct our count and, after a 429 without
 * {@code Retry-After}, say how long to wait.
 */
final class KucoinRateLimits {

    static final int PUBLIC_POOL_PER_30S = 2000;
    static final int KLINES_WEIGHT = 3;
    static final int STATS_WEIGHT = 15;
    static final int SYMBOLS_WEIGHT = 4;
    /** "Get Public Token - Spot/Margin" ({@code POST /api/v1/bullet-public}): public weight 10. */
    static final int BULLET_WEIGHT = 10;

    final RequestBudget publicPool = new RequestBudget("kucoin public pool / 30 s", PUBLIC_POOL_PER_30S,
            Duration.ofSeconds(30));

    void observe(Headers headers) {
        Optional<Long> limit = number(headers.get("gw-ratelimit-limit"));
        Optional<Long> remaining = number(headers.get("gw-ratelimit-remaining"));
        if (limit.isPresent() && remaining.isPresent()) {
            publicPool.observeServerUsed((int) Math.max(0, Math.min(Integer.MAX_VALUE, limit.get() - remaining.get())));
        }
    }

    /** Retry-After if present, else the pool's reset time, else one second. */
    static RetryAfter retryAfter() {
        return headers -> RetryAfter.parse(headers.get("Retry-After"))
                .or(() -> number(headers.get("gw-ratelimit-reset")).map(Duration::ofMillis))
                .orElse(Duration.ofSeconds(1));
    }

    List<RateLimitUsage> usage() {
        return List.of(publicPool.usage());
    }

    private static Optional<Long> number(String header) {
        try {
            return header == null ? Optional.empty() : Optional.of(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
