package dev.cryptotrader.trading.venue.stream;

import java.util.Optional;

/**
 * One venue's conversation on a candle subscription; {@link StreamSession} does the rest (connecting, stale
 * detection, pings, reconnecting). A protocol object belongs to one subscription and is only ever called from that
 * session's thread, so it keeps its per-connection state (channel id, the forming bar) without locks.
 */
public interface StreamProtocol {

    /**
     * Where to connect now; called before every attempt, on the session thread, and may block on REST (KuCoin asks
     * for a fresh token each time).
     *
     * @throws RuntimeException when the endpoint cannot be had; the session retries after a backoff
     */
    StreamEndpoint endpoint();

    /** The socket is open. Send the subscription now (Bitfinex, Binance) or wait for a greeting (KuCoin). */
    void onOpen(FrameSender out);

    /**
     * One text frame. Throw {@link dev.cryptotrader.trading.venue.http.BadPayloadException} for a frame that breaks
     * the documented shape: the session reports it and keeps the connection.
     */
    void onText(String frame, FrameSender out, StreamEvents events);

    /** The application-level ping to send every {@link StreamEndpoint#pingInterval()}, if the venue has one. */
    default Optional<String> pingFrame() {
        return Optional.empty();
    }

    /** The connection is gone: forget what belonged to it (the channel id, the bar that was forming). */
    void reset();

    /** Sends text frames on the current connection. */
    @FunctionalInterface
    interface FrameSender {
        void send(String text);
    }
}
