package dev.cryptotrader.trading.backtest.lookahead;

/**
 * How thorough (and how costly) a {@link LookaheadCheck} is. Each cut point costs one full re-run of the strategy on
 * the bars up to it, so the number of cut points is capped.
 *
 * @param firstSignals      the first this many signal bars are all cut at
 * @param sampledSignals    of the signal bars after those, this many evenly spaced ones are cut at too
 * @param betweenSignals    this many evenly spaced bars between signals are cut at (see {@link LookaheadCheck} for why)
 * @param relativeTolerance two indicator or stop values count as equal when they differ by at most this fraction of
 *                          the larger one: rounding-order noise, not information from the future
 * @param maxListedChanges  changes listed in the report in detail (all are counted, and every changed bar is named)
 * @param parallelism       threads that re-run the strategy at once (1: only the calling thread)
 */
public record LookaheadOptions(int firstSignals, int sampledSignals, int betweenSignals, double relativeTolerance,
                               int maxListedChanges, int parallelism) {

    /** 200 first signals, 50 sampled later signals, 50 bars between signals, tolerance 1e-12, one thread. */
    public static final LookaheadOptions DEFAULTS = new LookaheadOptions(200, 50, 50, 1e-12, 500, 1);

    public LookaheadOptions {
        requireAtLeast("firstSignals", firstSignals, 0);
        requireAtLeast("sampledSignals", sampledSignals, 0);
        requireAtLeast("betweenSignals", betweenSignals, 0);
        requireAtLeast("maxListedChanges", maxListedChanges, 0);
        requireAtLeast("parallelism", parallelism, 1);
        if (!(relativeTolerance >= 0 && relativeTolerance < 1e-3)) {
            throw new IllegalArgumentException("lookahead relativeTolerance must be >= 0 and < 0.001, was "
                    + relativeTolerance);
        }
    }

    public LookaheadOptions withParallelism(int threads) {
        return new LookaheadOptions(firstSignals, sampledSignals, betweenSignals, relativeTolerance, maxListedChanges,
                threads);
    }

    public LookaheadOptions withCuts(int first, int sampled, int between) {
        return new LookaheadOptions(first, sampled, between, relativeTolerance, maxListedChanges, parallelism);
    }

    public LookaheadOptions withRelativeTolerance(double tolerance) {
        return new LookaheadOptions(firstSignals, sampledSignals, betweenSignals, tolerance, maxListedChanges,
                parallelism);
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("lookahead " + name + " must be >= " + min + ", was " + value);
        }
    }
}
