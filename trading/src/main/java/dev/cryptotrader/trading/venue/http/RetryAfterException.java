package dev.cryptotrader.trading.venue.http;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;

import java.time.Duration;

/** The venue answered 429 or 418 and asked us to wait {@link #waitTime()} before trying again. */
public final class RetryAfterException extends ExchangeException {

    private final int status;
    private final Duration waitTime;

    public RetryAfterException(Exchange exchange, int status, Duration waitTime) {
        super(exchange, Kind.RATE_LIMITED, "HTTP " + status + ", asked to wait " + waitTime.toMillis() + " ms");
        this.status = status;
        this.waitTime = waitTime;
    }

    /** 429 (slow down) or 418 (Binance: the IP is banned for {@link #waitTime()}). */
    public int status() {
        return status;
    }

    public Duration waitTime() {
        return waitTime;
    }
}
