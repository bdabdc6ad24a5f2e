package dev.cryptotrader.trading.execution;

/**
 * The port every way of trading goes through: the simulated exchange of a backtest, paper trading and a live venue.
 * Orders are accepted here and their fills reported to the listener, so the order, fill, position and portfolio code
 * above it is one and the same whichever client sits below.
 */
public interface ExecutionClient {

    /** Accepts an order and returns its id. Throws {@link IllegalArgumentException} naming what is wrong. */
    long submit(OrderRequest order);

    /** Cancels a working order; false when it had already filled or was unknown. */
    boolean cancel(long orderId);

    /** Where fills go; one listener per client. */
    void onFill(FillListener listener);

    @FunctionalInterface
    interface FillListener {
        void filled(Fill fill);
    }
}
