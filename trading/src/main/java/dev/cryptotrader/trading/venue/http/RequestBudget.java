package dev.cryptotrader.trading.venue.http;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import java.time.Duration;

/**
 * One client-side budget, e.g. Binance's 6000 request weight per minute: a resilience4j {@link RateLimiter} whose
 * permits are weight units. A request takes its weight <em>before</em> it is sent and waits for the next window when
 * the budget is spent, so we slow down ourselves instead of collecting 429s (and, on Binance, a 418 ban).
 *
 * <p>The local count only knows our own requests. Venues that report usage in headers let us correct it upward
 * ({@link #observeServerUsed}): another program on the same IP spends the same budget.
 */
public final class RequestBudget {

    private final String name;
    private final int limit;
    private final Duration window;
    private final RateLimiter limiter;

    public RequestBudget(String name, int limit, Duration window) {
        this.name = name;
        this.limit = limit;
        this.window = window;
        // Waiting one full window always suffices for a weight up to the limit; longer means something is wrong.
        this.limiter = RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(limit)
                .limitRefreshPeriod(window)
                .timeoutDuration(window.plusSeconds(1))
                .build());
    }

    public String name() {
        return name;
    }

    public int limit() {
        return limit;
    }

    /**
     * Blocks until {@code weight} fits in the budget; throws RATE_LIMITED if that would take longer than one window
     * (only possible when the venue's own count or other threads have booked the next window already).
     */
    public void acquire(Exchange exchange, int weight) {
        if (weight > limit) {
            throw new IllegalArgumentException("weight " + weight + " is more than the whole '" + name + "' budget of "
                    + limit + ": the endpoint weight table is wrong");
        }
        if (limiter.acquirePermission(weight)) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ExchangeException(exchange, ExchangeException.Kind.UNAVAILABLE,
                    "interrupted while waiting for the '" + name + "' budget");
        }
        throw new ExchangeException(exchange, ExchangeException.Kind.RATE_LIMITED, "the client-side budget '" + name
                + "' (" + limit + " per " + window.toSeconds() + " s) has no room for weight " + weight
                + " within one window");
    }

    /**
     * The venue says {@code serverUsed} of this window is spent. When that is more than we counted, the difference is
     * taken from the budget at once. Lower numbers are ignored: windows need not line up with the venue's, and
     * counting too much is the safe error.
     */
    public synchronized void observeServerUsed(int serverUsed) {
        int missing = Math.min(serverUsed, limit) - used();
        if (missing <= 0) {
            return;
        }
        if (serverUsed >= limit) {
            limiter.drainPermissions();
        } else {
            limiter.reservePermission(missing); // never blocks: it only books the permits
        }
    }

    /** Spent in the current window, 0..limit. */
    public int used() {
        long available = limiter.getMetrics().getAvailablePermissions(); // negative when booked ahead
        return (int) Math.max(0, Math.min(limit, limit - available));
    }

    public RateLimitUsage usage() {
        return new RateLimitUsage(name, used(), limit);
    }
}
