package dev.cryptotrader.trading.execution;

/**
 * Sizes an order placed with {@link OrderRequest#SIZE_AT_FILL} at the moment it fills, when the fill price is known.
 * That is how "all cash at the next open" works without knowing the open at signal time: the quantity becomes
 * {@code cash / (price × (1 + fee))} with the real price. A live client would ask the same question with the best
 * quote and send the venue a quote-amount market order.
 */
@FunctionalInterface
public interface FillSizer {

    /**
     * The quantity to fill, or 0 (or NaN) to drop the order unfilled.
     *
     * @param order   the order about to fill
     * @param price   its fill price, spread and slippage included
     * @param feeRate the fee it will pay as a fraction of the traded value (maker or taker)
     */
    double quantity(OrderRequest order, double price, double feeRate);
}
