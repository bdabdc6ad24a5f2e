package dev.cryptotrader.trading.execution;

/** The direction of an order or a fill. */
public enum Side {
    BUY, SELL;

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** +1 for a buy, -1 for a sell: the sign of the position change. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }
}
