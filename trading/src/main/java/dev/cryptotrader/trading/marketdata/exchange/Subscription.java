package dev.cryptotrader.trading.marketdata.exchange;

/** A running live subscription. */
public interface Subscription extends AutoCloseable {

    /**
     * Stops streaming: no event follows the final {@code STOPPED} status once this returns (unless it is called from
     * the listener itself, which cannot wait for its own thread). Calling it twice is harmless.
     */
    @Override
    void close();
}
