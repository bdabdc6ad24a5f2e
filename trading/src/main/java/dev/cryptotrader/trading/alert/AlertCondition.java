package dev.cryptotrader.trading.alert;

import java.util.Arrays;

/** When a price alert fires; see {@link AlertEvaluator} for what counts as a cross. */
public enum AlertCondition {
    /** The price comes from below the level up to it or above it. */
    CROSSES_ABOVE("crosses-above"),
    /** The price comes from above the level down to it or below it. */
    CROSSES_BELOW("crosses-below"),
    /** Either of the two. */
    CROSSES("crosses");

    private final String label;

    AlertCondition(String label) {
        this.label = label;
    }

    /** The stable name in the database: {@code crosses-above}. */
    public String label() {
        return label;
    }

    public boolean accepts(CrossDirection direction) {
        return switch (this) {
            case CROSSES_ABOVE -> direction == CrossDirection.UP;
            case CROSSES_BELOW -> direction == CrossDirection.DOWN;
            case CROSSES -> true;
        };
    }

    public static AlertCondition parse(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown alert condition '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
