package dev.cryptotrader.trading.backtest.strategy;

import java.util.Objects;

/**
 * One parameter of a catalogued strategy: its name, default, allowed range (inclusive), whether it must be a whole
 * number, and what it does (a dialog's tooltip, the CLI's help).
 */
public record ParamSpec(String name, double defaultValue, double min, double max, boolean integer,
                        String description) {

    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(name + ": default " + defaultValue + " is outside [" + min + ", "
                    + max + "]");
        }
    }

    public static ParamSpec whole(String name, int defaultValue, int min, int max, String description) {
        return new ParamSpec(name, defaultValue, min, max, true, description);
    }

    public static ParamSpec decimal(String name, double defaultValue, double min, double max, String description) {
        return new ParamSpec(name, defaultValue, min, max, false, description);
    }

    /** A yes/no switch held as 0 or 1. */
    public static ParamSpec flag(String name, String description) {
        return new ParamSpec(name, 0, 0, 1, true, description);
    }

    /** Throws, naming this parameter, when {@code value} is not a number in range (and whole, if it must be). */
    public void check(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
        if (integer && value != Math.rint(value)) {
            throw new IllegalArgumentException(name + " must be a whole number, was " + Names.number(value));
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + Names.number(min) + " and "
                    + Names.number(max) + ", was " + Names.number(value));
        }
    }
}
