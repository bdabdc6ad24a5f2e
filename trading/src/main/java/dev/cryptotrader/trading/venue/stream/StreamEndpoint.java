package dev.cryptotrader.trading.venue.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * Where one connection goes and how it is kept alive.
 *
 * @param url          {@code ws://} or {@code wss://} URL, query included (KuCoin's token)
 * @param pingInterval how often the protocol's {@link StreamProtocol#pingFrame()} is sent; zero for none
 * @param maxAge       renew the connection after this long (Binance cuts at 24 h); zero for never
 */
public record StreamEndpoint(String url, Duration pingInterval, Duration maxAge) {

    public StreamEndpoint {
        Objects.requireNonNull(url, "url");
        pingInterval = pingInterval == null ? Duration.ZERO : pingInterval;
        maxAge = maxAge == null ? Duration.ZERO : maxAge;
    }
}
