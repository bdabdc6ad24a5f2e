package dev.cryptotrader.trading.backtest.strategy;

/**
 * What a strategy decides at a bar's close, one byte per bar in {@link Signals#actions()}. Bytes, not an enum, so a
 * million bars of decisions are one small array that a sweep can scan fast.
 */
public final class Signal {
    public static final byte NONE = 0;
    public static final byte ENTER_LONG = 1;
    public static final byte EXIT_LONG = 2;
    public static final byte ENTER_SHORT = 3;
    public static final byte EXIT_SHORT = 4;

    private Signal() {
    }

    public static String name(byte signal) {
        return switch (signal) {
            case NONE -> "none";
            case ENTER_LONG -> "enter long";
            case EXIT_LONG -> "exit long";
            case ENTER_SHORT -> "enter short";
            case EXIT_SHORT -> "exit short";
            default -> "unknown signal " + signal;
        };
    }
}
