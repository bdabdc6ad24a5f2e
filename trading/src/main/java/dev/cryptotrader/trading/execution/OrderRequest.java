package dev.cryptotrader.trading.execution;

import java.util.Objects;

/**
 * What a strategy or a user asks an execution client to do. Prices that an order type does not use are
 * {@link Double#NaN}: a limit order has no stop price, a market order neither.
 * <p>
 * A quantity of {@link #SIZE_AT_FILL} (NaN) leaves the size to the client's {@link FillSizer}, which learns the fill
 * price first: "all my cash at whatever the open is", which a live venue offers as a quote-amount market order.
 *
 * @param tag free text carried onto the fills, e.g. "entry", "stop", "target"
 */
public record OrderRequest(Side side, OrderType type, double quantity, double limitPrice, double stopPrice, String tag) {

    /** The quantity that asks the client to size the order when it fills. */
    public static final double SIZE_AT_FILL = Double.NaN;

    public OrderRequest {
        Objects.requireNonNull(side, "order side");
        Objects.requireNonNull(type, "order type");
        Objects.requireNonNull(tag, "order tag");
        if (!Double.isNaN(quantity) && !(quantity > 0 && Double.isFinite(quantity))) {
            throw new IllegalArgumentException(type + " " + side + " quantity must be > 0, was " + quantity);
        }
        boolean usesLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean usesStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        checkPrice("limit", limitPrice, usesLimit, type);
        checkPrice("stop", stopPrice, usesStop, type);
    }

    public static OrderRequest market(Side side, double quantity, String tag) {
        return new OrderRequest(side, OrderType.MARKET, quantity, Double.NaN, Double.NaN, tag);
    }

    public static OrderRequest limit(Side side, double quantity, double limitPrice, String tag) {
        return new OrderRequest(side, OrderType.LIMIT, quantity, limitPrice, Double.NaN, tag);
    }

    public static OrderRequest stop(Side side, double quantity, double stopPrice, String tag) {
        return new OrderRequest(side, OrderType.STOP, quantity, Double.NaN, stopPrice, tag);
    }

    public static OrderRequest stopLimit(Side side, double quantity, double stopPrice, double limitPrice, String tag) {
        return new OrderRequest(side, OrderType.STOP_LIMIT, quantity, limitPrice, stopPrice, tag);
    }

    /** True when the quantity is {@link #SIZE_AT_FILL}. */
    public boolean sizedAtFill() {
        return Double.isNaN(quantity);
    }

    private static void checkPrice(String what, double price, boolean used, OrderType type) {
        if (used && !(price > 0 && Double.isFinite(price))) {
            throw new IllegalArgumentException(type + " order needs a " + what + " price > 0, was " + price);
        }
        if (!used && !Double.isNaN(price)) {
            throw new IllegalArgumentException(type + " order takes no " + what + " price, was given " + price);
        }
    }
}
