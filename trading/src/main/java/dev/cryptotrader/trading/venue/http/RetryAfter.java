package dev.cryptotrader.trading.venue.http;

import okhttp3.Headers;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a 429/418 answer asks us to wait. The standard header is {@code Retry-After} in seconds (Binance documents
 * it: "the number of seconds required to wait"); HTTP also allows a date there. Venues that use another header plug
 * in their own rule.
 */
@FunctionalInterface
public interface RetryAfter {

    Duration waitFor(Headers headers);

    /** {@code Retry-After} when present, else {@code fallback}. */
    static RetryAfter headerOr(Duration fallback) {
        return headers -> parse(headers.get("Retry-After")).orElse(fallback);
    }

    /** Seconds ({@code "1"}) or an HTTP date; empty when absent or unreadable. */
    static Optional<Duration> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
