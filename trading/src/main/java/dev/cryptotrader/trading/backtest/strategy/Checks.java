package dev.cryptotrader.trading.backtest.strategy;

/** Parameter checks the built-ins share; each message names the parameter and the value that was wrong. */
final class Checks {

    private Checks() {
    }

    static void atLeast(String name, double value, double min) {
        if (!(value >= min)) {
            throw new IllegalArgumentException(name + " must be >= " + Names.number(min) + ", was "
                    + Names.number(value));
        }
    }

    static void atMost(String name, double value, double max) {
        if (!(value <= max)) {
            throw new IllegalArgumentException(name + " must be <= " + Names.number(max) + ", was "
                    + Names.number(value));
        }
    }

    static void positive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be > 0, was " + Names.number(value));
        }
    }

    static void lessThan(String smallName, double small, String largeName, double large) {
        if (!(small < large)) {
            throw new IllegalArgumentException(smallName + " (" + Names.number(small) + ") must be less than "
                    + largeName + " (" + Names.number(large) + ")");
        }
    }
}
