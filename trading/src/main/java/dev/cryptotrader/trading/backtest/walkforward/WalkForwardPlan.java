package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BarTape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a tape is cut into walk-forward folds. Every fold trains on {@code train} bars and tests on the {@code test}
 * bars right after them; the next fold starts {@code step} bars later (by default {@code step = test}, so the test
 * windows tile the tape). {@link Mode#ROLLING} slides the training window along; {@link Mode#ANCHORED} keeps it
 * starting at bar 0 and lets it grow by {@code step} each fold. Only whole folds are made: bars after the last whole
 * test window are left out (see {@link #folds}).
 */
public record WalkForwardPlan(Mode mode, WindowLength train, WindowLength test, WindowLength step) {

    /** More folds than this is a plan mistake (a step of one bar over a long tape), not an experiment. */
    public static final int MAX_FOLDS = 10_000;

    public enum Mode { ROLLING, ANCHORED }

    public WalkForwardPlan {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(train, "train window");
        Objects.requireNonNull(test, "test window");
        Objects.requireNonNull(step, "step");
    }

    public static WalkForwardPlan rolling(WindowLength train, WindowLength test) {
        return new WalkForwardPlan(Mode.ROLLING, train, test, test);
    }

    public static WalkForwardPlan anchored(WindowLength train, WindowLength test) {
        return new WalkForwardPlan(Mode.ANCHORED, train, test, test);
    }

    public static WalkForwardPlan rolling(int trainBars, int testBars) {
        return rolling(WindowLength.bars(trainBars), WindowLength.bars(testBars));
    }

    public static WalkForwardPlan anchored(int trainBars, int testBars) {
        return anchored(WindowLength.bars(trainBars), WindowLength.bars(testBars));
    }

    public WalkForwardPlan withStep(WindowLength step) {
        return new WalkForwardPlan(mode, train, test, step);
    }

    public List<Fold> folds(BarTape tape) {
        return folds(tape.size(), tape.barMillis());
    }

    /**
     * The folds over {@code bars} bars of {@code barMillis} ms each.
     *
     * @throws IllegalArgumentException naming the problem: a span that is not a whole number of bars, a step
     *                                  shorter than the test window (test windows would overlap and the out-of-sample
     *                                  equity could not be stitched), too few bars for one fold, or too many folds
     */
    public List<Fold> folds(int bars, long barMillis) {
        if (barMillis <= 0) {
            throw new IllegalArgumentException("bar length must be > 0 ms, was " + barMillis);
        }
        int trainBars = train.toBars(barMillis, "train window");
        int testBars = test.toBars(barMillis, "test window");
        int stepBars = step.toBars(barMillis, "step");
        if (stepBars < testBars) {
            throw new IllegalArgumentException("step of " + stepBars + " bars is shorter than the test window of "
                    + testBars + " bars: test windows would overlap; use a step of at least " + testBars + " bars");
        }
        long needed = (long) trainBars + testBars;
        if (needed > bars) {
            throw new IllegalArgumentException("not enough bars for one fold: train " + trainBars + " + test "
                    + testBars + " = " + needed + " bars, the tape has " + bars);
        }
        long count = (bars - needed) / stepBars + 1;
        if (count > MAX_FOLDS) {
            throw new IllegalArgumentException("the plan makes " + count + " folds, more than " + MAX_FOLDS
                    + "; lengthen the step or the test window");
        }
        List<Fold> folds = new ArrayList<>((int) count);
        for (int k = 0; k < count; k++) {
            int shift = k * stepBars;
            int trainFrom = mode == Mode.ROLLING ? shift : 0;
            int trainTo = trainBars + shift;
            folds.add(new Fold(k, trainFrom, trainTo, trainTo, trainTo + testBars));
        }
        return folds;
    }

    @Override
    public String toString() {
        return mode.name().toLowerCase(Locale.ROOT) + " walk-forward: train " + train + ", test " + test
                + ", step " + step;
    }
}
