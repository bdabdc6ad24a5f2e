package dev.cryptotrader.trading.execution;

/**
 * What a strategy or a user asks an execution client to do. Prices that an order type does not use are
 * {@link Double#NaN}: a limit order has no stop price, a market order neither.
 *
 * @param tag free text carried onto the fills, e.g. "entry", "stop", "target"
 */
public record OrderRequest(Side side, OrderType type, double quantity, double limitPrice, double stopPrice, String tag) {
}
