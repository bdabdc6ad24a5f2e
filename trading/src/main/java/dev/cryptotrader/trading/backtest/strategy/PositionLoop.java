package dev.cryptotrader.trading.backtest.strategy;

import java.util.function.IntPredicate;

/**
 * Turns an entry rule and an exit rule into actions the way ta4j's BarSeriesManager asks a strategy: while flat only
 * the entry rule is read, while in a position only the exit rule. So entries and exits alternate, starting with an
 * entry, and a bar where both rules hold does what the current position calls for. Nothing before {@code warmUp}.
 */
final class PositionLoop {

    private PositionLoop() {
    }

    static byte[] run(int bars, int warmUp, boolean shortSide, IntPredicate entry, IntPredicate exit) {
        byte[] actions = new byte[bars];
        byte enter = shortSide ? Signal.ENTER_SHORT : Signal.ENTER_LONG;
        byte leave = shortSide ? Signal.EXIT_SHORT : Signal.EXIT_LONG;
        boolean open = false;
        for (int i = Math.max(0, warmUp); i < bars; i++) {
            if (!open) {
                if (entry.test(i)) {
                    actions[i] = enter;
                    open = true;
                }
            } else if (exit.test(i)) {
                actions[i] = leave;
                open = false;
            }
        }
        return actions;
    }
}
