package dev.cryptotrader.trading.marketdata.exchange;

import java.util.Objects;

/**
 * Where a live subscription stands, with a sentence for the user or the log. Feeds report the connection states;
 * the engine's {@code LiveCandleService} adds the REST catch-up states.
 */
public record ConnectionStatus(State state, String message) {

    public enum State {
        /** Opening a connection (KuCoin: asking REST for a token first). */
        CONNECTING,
        /** The venue confirmed the subscription; candles flow. */
        SUBSCRIBED,
        /** The connection ended, failed or went stale; the message says why and when the next attempt is. */
        DISCONNECTED,
        /** One frame could not be read or belongs to no channel of ours: it was dropped, the connection kept. */
        FRAME_REJECTED,
        /** The venue refused the subscription (an unknown symbol, say); retrying cannot help, so the feed stopped. */
        FAILED,
        /** Closed by the caller. */
        STOPPED,
        /** Service only: fetching the bars missed while disconnected over REST. */
        CATCHING_UP,
        /** Service only: the stored series is complete up to the last closed bar. */
        CAUGHT_UP,
        /** Service only: REST failed; closed bars are not stored until a retry succeeds (the message says when). */
        CATCH_UP_FAILED
    }

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    public static ConnectionStatus of(State state, String message) {
        return new ConnectionStatus(state, message);
    }

    @Override
    public String toString() {
        return state + ": " + message;
    }
}
