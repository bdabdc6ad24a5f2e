package dev.cryptotrader.trading.backtest.walkforward;

/**
 * One walk-forward fold as half-open bar ranges of the tape: train on {@code [trainFrom, trainTo)}, then test on
 * {@code [testFrom, testTo)}, which starts where training ends. {@code index} counts from 0.
 */
public record Fold(int index, int trainFrom, int trainTo, int testFrom, int testTo) {

    public Fold {
        if (trainFrom < 0 || trainFrom >= trainTo || trainTo != testFrom || testFrom >= testTo) {
            throw new IllegalArgumentException("fold " + index + " has bad ranges: train [" + trainFrom + ", "
                    + trainTo + "), test [" + testFrom + ", " + testTo + ")");
        }
    }

    public int trainBars() {
        return trainTo - trainFrom;
    }

    public int testBars() {
        return testTo - testFrom;
    }
}
