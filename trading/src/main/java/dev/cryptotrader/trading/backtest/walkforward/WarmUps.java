package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;

/** The longest warm-up among a grid's strategies, checked against the first train window before any work starts. */
final class WarmUps {

    private WarmUps() {
    }

    /**
     * @throws IllegalArgumentException when no combination makes a strategy (with the first reason), or when the
     *                                  first train window leaves a strategy no bar to decide on
     */
    static int largest(StrategyFactory factory, ParameterGrid grid, Fold first) {
        int largest = -1;
        String longest = null;
        IllegalArgumentException firstRefusal = null;
        for (int i = 0; i < grid.size(); i++) {
            try {
                Strategy s = factory.create(grid.combination(i));
                if (s.warmUp() > largest) {
                    largest = s.warmUp();
                    longest = s.label();
                }
            } catch (IllegalArgumentException refused) {
                if (firstRefusal == null) {
                    firstRefusal = refused;
                }
            }
        }
        if (longest == null) {
            throw new IllegalArgumentException("no combination of the grid makes a strategy; the first refusal: "
                    + (firstRefusal == null ? "none given" : firstRefusal.getMessage()), firstRefusal);
        }
        if (first.trainTo() <= largest) {
            throw new IllegalArgumentException("the first train window (bars " + first.trainFrom() + " to "
                    + (first.trainTo() - 1) + ") is too short for " + longest + ", which needs " + largest
                    + " bars of warm-up; lengthen the train window or narrow the grid");
        }
        return largest;
    }
}
