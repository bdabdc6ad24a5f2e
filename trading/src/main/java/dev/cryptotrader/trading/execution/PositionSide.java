package dev.cryptotrader.trading.execution;

public enum PositionSide {
    LONG, SHORT;

    public String label() {
        return this == LONG ? "long" : "short";
    }
}
