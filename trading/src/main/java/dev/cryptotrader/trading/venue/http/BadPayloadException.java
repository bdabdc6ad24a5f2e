package dev.cryptotrader.trading.venue.http;

/**
 * A mapper found a value that breaks the venue's documented shape (wrong field count, not a number, high below low,
 * a bar outside the requested range). Mappers stay pure functions of the venue's DTOs; the adapter turns this into an
 * {@link dev.cryptotrader.trading.marketdata.exchange.ExchangeException} naming the request ({@link VenueHttp#map}).
 */
public final class BadPayloadException extends RuntimeException {

    public BadPayloadException(String problem) {
        super(problem, null, false, false);
    }
}
