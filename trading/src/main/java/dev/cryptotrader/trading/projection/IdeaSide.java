package dev.cryptotrader.trading.projection;

/** Which way a trade idea bets: a long profits when the price rises, a short when it falls. */
public enum IdeaSide {
    LONG,
    SHORT
}
