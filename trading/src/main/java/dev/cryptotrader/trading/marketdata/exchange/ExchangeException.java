package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Exchange;

/** A venue call failed. The message names the venue, the request and what was wrong with the answer. */
public class ExchangeException extends RuntimeException {

    /** What went wrong, so callers can decide whether to retry. */
    public enum Kind {
        /** The answer was not what the API documents: malformed JSON, an HTML page, wrong row shape, bad values. */
        BAD_RESPONSE,
        /** The venue answered with its own error (Bitfinex ["error",...], Binance {"code":-1121}, KuCoin code). */
        VENUE_ERROR,
        /** 429/418 that outlasted our retries. */
        RATE_LIMITED,
        /** Connection failures and 5xx. */
        UNAVAILABLE
    }

    private final Exchange exchange;
    private final Kind kind;

    public ExchangeException(Exchange exchange, Kind kind, String message) {
        this(exchange, kind, message, null);
    }

    public ExchangeException(Exchange exchange, Kind kind, String message, Throwable cause) {
        super(exchange + ": " + message, cause);
        this.exchange = exchange;
        this.kind = kind;
    }

    public Exchange exchange() {
        return exchange;
    }

    public Kind kind() {
        return kind;
    }
}
