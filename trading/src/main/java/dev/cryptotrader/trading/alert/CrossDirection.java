package dev.cryptotrader.trading.alert;

import java.util.Arrays;

/** Which way the price went through an alert's level. */
public enum CrossDirection {
    /** From below the level to the level or above it. */
    UP("up"),
    /** From above the level to the level or below it. */
    DOWN("down");

    private final String label;

    CrossDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static CrossDirection parse(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cross direction '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
