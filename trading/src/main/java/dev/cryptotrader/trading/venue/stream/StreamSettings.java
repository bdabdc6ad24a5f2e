package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.marketdata.live.Backoff;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing knobs of a live feed, the same for every venue. Tests shrink them to milliseconds; the defaults suit the
 * real venues.
 *
 * @param staleAfter       no frame at all (data, heartbeat, pong) for this long means the connection is dead even if
 *                         TCP has not noticed: it is dropped and reopened. Bitfinex sends {@code hb} every 15 s,
 *                         Binance kline events every 2 s and KuCoin answers our pings, so 30 s is safely above all
 * @param reconnect        the delays between attempts after a failure
 * @param pingEvery        overrides the venue's application ping interval (KuCoin's comes with the token, Binance's
 *                         is ours); null keeps the venue's
 * @param maxConnectionAge overrides the age at which a connection is renewed before the venue cuts it (Binance: 24 h);
 *                         null keeps the venue's, {@link Duration#ZERO} means never
 */
public record StreamSettings(Duration staleAfter, Backoff reconnect, Duration pingEvery, Duration maxConnectionAge) {

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(30);

    public StreamSettings {
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(reconnect, "reconnect");
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive, was " + staleAfter);
        }
        if (pingEvery != null && (pingEvery.isNegative() || pingEvery.isZero())) {
            throw new IllegalArgumentException("pingEvery must be positive, was " + pingEvery);
        }
        if (maxConnectionAge != null && maxConnectionAge.isNegative()) {
            throw new IllegalArgumentException("maxConnectionAge must not be negative, was " + maxConnectionAge);
        }
    }

    public static StreamSettings defaults() {
        return new StreamSettings(DEFAULT_STALE_AFTER, Backoff.defaults(), null, null);
    }

    public StreamSettings withStaleAfter(Duration d) {
        return new StreamSettings(d, reconnect, pingEvery, maxConnectionAge);
    }

    public StreamSettings withReconnect(Backoff b) {
        return new StreamSettings(staleAfter, b, pingEvery, maxConnectionAge);
    }

    public StreamSettings withPingEvery(Duration d) {
        return new StreamSettings(staleAfter, reconnect, d, maxConnectionAge);
    }

    public StreamSettings withMaxConnectionAge(Duration d) {
        return new StreamSettings(staleAfter, reconnect, pingEvery, d);
    }

    /** The ping interval to use: the override, else the venue's ({@code null} or zero: no pings). */
    public Duration pingIntervalOr(Duration venueDefault) {
        return pingEvery != null ? pingEvery : venueDefault;
    }

    /** The connection age limit to use: the override, else the venue's ({@code null} or zero: none). */
    public Duration maxAgeOr(Duration venueDefault) {
        return maxConnectionAge != null ? maxConnectionAge : venueDefault;
    }
}
