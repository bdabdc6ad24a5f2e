package dev.cryptotrader.trading.execution;

/** The order types every execution client supports: simulated, paper and live. */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT
}
