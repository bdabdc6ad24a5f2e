package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;

/** What a {@link StreamProtocol} reports about the frames it reads; the session turns it into listener calls. */
public interface StreamEvents {

    /** The venue confirmed our subscription (candles follow); resets the reconnect backoff. */
    void subscribed(String detail);

    void forming(Candle candle);

    void closed(Candle candle);

    /** A frame that is not ours or not understood: logged and reported, never fatal. */
    void rejected(String frame, String why);

    /** The venue asks us to reconnect (a restart, the end of maintenance): drop this connection and open another. */
    void reconnect(String why);

    /** The venue refused the subscription; reconnecting cannot help, so the feed stops. */
    void fail(String why);
}
