package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.venue.http.BadPayloadException;

import java.math.BigDecimal;

/** Ticker fields as exact decimals. A ticker is shown, not stored, so absent fields stay null instead of failing. */
public final class TickerValues {

    private TickerValues() {
    }

    /** The exact value, or null when the venue left the field out or sent null. */
    public static BigDecimal decimalOrNull(String text, String field) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadPayloadException("ticker field '" + field + "' is not a number: '" + text + "'");
        }
    }
}
