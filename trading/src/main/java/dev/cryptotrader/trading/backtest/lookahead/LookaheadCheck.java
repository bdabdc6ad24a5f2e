package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Proves (as far as sampling can) that a strategy decides at each bar from that bar and earlier ones only. The strategy
 * runs once on the whole tape; then, for each cut point {@code s}, again on the bars {@code 0..s} alone, as it would
 * have run live when bar {@code s} closed. Every action, stop and indicator value at bars {@code <= s} must come out the
 * same. Any difference flags the strategy and names the bar.
 *
 * <p>Cut points: the bars where the full run gave a signal (the first {@link LookaheadOptions#firstSignals()} of them,
 * then an even sample of the rest), and an even sample of bars between signals. The signal bars alone are not enough:
 * a strategy can also use the future to <em>suppress</em> a signal (skip an entry because the next bars fall). The full
 * run then shows nothing at that bar, so no signal cut lands on it, and a later cut still contains the peeked bars;
 * only a cut at (or just after) that quiet bar takes the future away and makes the hidden signal appear.
 *
 * <p>Indicator and stop values are compared with a relative tolerance (1e-12 by default), actions exactly. A kernel may
 * legitimately add the same numbers in a different order depending on the tape's length (blocked or vectorised sums,
 * sums anchored at the end of the array), which moves the last few bits; a value computed from future data moves by
 * far more than a millionth of a millionth.
 *
 * <p>Cut points before the warm-up are skipped: a strategy may throw on fewer bars than it needs. A re-run that throws
 * after the warm-up is reported as a change: reading past the end of a cut tape is exactly what lookahead does.
 * With {@code parallelism > 1} the strategy's {@code signals} must be safe to call from several threads (the built-ins
 * hold no state), and {@code cancelled} is polled from them too.
 */
public final class LookaheadCheck {

    private final LookaheadOptions options;

    public LookaheadCheck() {
        this(LookaheadOptions.DEFAULTS);
    }

    public LookaheadCheck(LookaheadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public LookaheadOptions options() {
        return options;
    }

    public LookaheadReport run(Strategy strategy, BarTape tape) {
        return run(strategy, tape, LookaheadProgress.NONE, () -> false);
    }

    /**
     * Runs the check, calling {@code progress} after every cut point. When {@code cancelled} turns true the re-runs stop
     * and the report covers what was done ({@link LookaheadReport#cancelled()}).
     *
     * @throws IllegalArgumentException when the tape has no bar after the warm-up
     * @throws IllegalStateException    when the run on all bars does not cover every bar
     */
    public LookaheadReport run(Strategy strategy, BarTape tape, LookaheadProgress progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        int warmUp = strategy.warmUp();
        if (tape.size() <= warmUp) {
            throw new IllegalArgumentException("the lookahead check needs more bars than the warm-up: "
                    + strategy.label() + " warms up over " + warmUp + " bars, " + tape.name() + " has "
                    + tape.size());
        }
        Signals full = strategy.signals(tape);
        if (full.size() != tape.size()) {
            throw new IllegalStateException(strategy.label() + " gave signals for " + full.size() + " bars of "
                    + tape.name() + ", which has " + tape.size());
        }
        CutPlan plan = CutPlan.of(full.actions(), warmUp, options);
        SignalComparer comparer = new SignalComparer(full, tape.openTime(), options.relativeTolerance(),
                options.maxListedChanges());
        CutOutcome[] outcomes = new CutRunner(options.parallelism(), plan.cuts().length, progress, cancelled)
                .run(k -> recheck(strategy, tape, comparer, plan.cuts()[k], plan.atSignal().get(k)));
        return report(strategy, tape, plan, outcomes);
    }

    private static CutOutcome recheck(Strategy strategy, BarTape tape, SignalComparer comparer, int cutAt,
                                      boolean atSignal) {
        Signals cut;
        try {
            cut = strategy.signals(tape.prefix(cutAt + 1));
        } catch (RuntimeException e) {
            return comparer.failed(cutAt, atSignal, "threw " + e);
        }
        return comparer.compare(cutAt, atSignal, cut);
    }

    private LookaheadReport report(Strategy strategy, BarTape tape, CutPlan plan, CutOutcome[] outcomes) {
        int signalsChecked = 0;
        int samplesChecked = 0;
        int changeCount = 0;
        boolean cancelled = false;
        BitSet changedBars = new BitSet();
        List<LookaheadChange> listed = new ArrayList<>();
        for (CutOutcome o : outcomes) {
            if (o == null) {
                cancelled = true;
                continue;
            }
            if (o.atSignal()) {
                signalsChecked++;
            } else {
                samplesChecked++;
            }
            changeCount += o.changeCount();
            changedBars.or(o.changedBars());
            for (LookaheadChange c : o.listed()) {
                if (listed.size() < options.maxListedChanges()) {
                    listed.add(c);
                }
            }
        }
        return new LookaheadReport(strategy.label(), tape.name(), tape.size(), strategy.warmUp(), changeCount > 0,
                cancelled, plan.signals(), signalsChecked, samplesChecked, plan.cuts().length, changeCount,
                changedBars.stream().toArray(), listed);
    }
}
