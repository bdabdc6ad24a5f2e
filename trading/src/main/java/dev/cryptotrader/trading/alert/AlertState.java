package dev.cryptotrader.trading.alert;

import java.util.Arrays;

/** An alert is armed until it fires once; then it stays triggered until the user re-arms it. */
public enum AlertState {
    ACTIVE("active"),
    TRIGGERED("triggered");

    private final String label;

    AlertState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AlertState parse(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert state '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
