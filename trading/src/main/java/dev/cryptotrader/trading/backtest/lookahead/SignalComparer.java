package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.strategy.Signals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a re-run on the first {@code cutAt + 1} bars with the run on all bars, over the bars both cover: actions
 * exactly, stops and indicator values within a relative tolerance. Nothing is shared between calls, so re-runs may be
 * compared on several threads at once.
 */
final class SignalComparer {

    private final Signals full;
    private final long[] openTime;
    private final double tolerance;
    private final int maxListed;
    private final List<String> columns;

    SignalComparer(Signals full, long[] openTime, double tolerance, int maxListed) {
        this.full = full;
        this.openTime = openTime;
        this.tolerance = tolerance;
        this.maxListed = maxListed;
        this.columns = List.copyOf(new TreeSet<>(full.indicators().keySet()));
    }

    CutOutcome compare(int cutAt, boolean atSignal, Signals cut) {
        Collector out = new Collector(cutAt, atSignal);
        if (cut.size() != cutAt + 1) {
            out.add(cutAt, LookaheadChange.run(cutAt, openTime[cutAt], "signals cover " + cut.size()
                    + " bars, but the strategy was given " + (cutAt + 1)));
            return out.outcome();
        }
        Map<String, double[]> cutColumns = cut.indicators();
        List<String> shared = new ArrayList<>();
        for (String name : columns) {
            if (cutColumns.containsKey(name)) {
                shared.add(name);
            } else {
                out.add(cutAt, LookaheadChange.run(cutAt, openTime[cutAt], "indicator " + name + " is missing"));
            }
        }
        Set<String> extra = new TreeSet<>(cutColumns.keySet());
        extra.removeAll(full.indicators().keySet());
        for (String name : extra) {
            out.add(cutAt, LookaheadChange.run(cutAt, openTime[cutAt], "gives indicator " + name
                    + ", which the run on full data does not"));
        }
        byte[] fullActions = full.actions();
        byte[] cutActions = cut.actions();
        for (int bar = 0; bar <= cutAt; bar++) {
            long time = openTime[bar];
            if (fullActions[bar] != cutActions[bar]) {
                out.add(bar, LookaheadChange.action(cutAt, bar, time, fullActions[bar], cutActions[bar]));
            }
            double fullStop = stop(full, bar);
            double cutStop = stop(cut, bar);
            if (!same(fullStop, cutStop, tolerance)) {
                out.add(bar, new LookaheadChange(cutAt, bar, time, LookaheadChange.Kind.STOP, null, fullStop,
                        cutStop, null));
            }
            for (String name : shared) {
                double a = full.indicators().get(name)[bar];
                double b = cutColumns.get(name)[bar];
                if (!same(a, b, tolerance)) {
                    out.add(bar, new LookaheadChange(cutAt, bar, time, LookaheadChange.Kind.INDICATOR, name, a, b,
                            null));
                }
            }
        }
        return out.outcome();
    }

    /** A re-run that threw: reported as a change at the cut point. */
    CutOutcome failed(int cutAt, boolean atSignal, String detail) {
        Collector out = new Collector(cutAt, atSignal);
        out.add(cutAt, LookaheadChange.run(cutAt, openTime[cutAt], detail));
        return out.outcome();
    }

    /**
     * Equal, both NaN, or within {@code tolerance} of the larger magnitude. An infinity equals only itself (the
     * relative test would accept any finite value next to it).
     */
    static boolean same(double a, double b, double tolerance) {
        if (a == b) {
            return true;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
    }

    private static double stop(Signals s, int bar) {
        return s.stops() == null ? Double.NaN : s.stops()[bar];
    }

    private final class Collector {
        private final int cutAt;
        private final boolean atSignal;
        private final BitSet bars = new BitSet();
        private final List<LookaheadChange> listed = new ArrayList<>();
        private int count;

        Collector(int cutAt, boolean atSignal) {
            this.cutAt = cutAt;
            this.atSignal = atSignal;
        }

        void add(int bar, LookaheadChange change) {
            count++;
            bars.set(bar);
            if (listed.size() < maxListed) {
                listed.add(change);
            }
        }

        CutOutcome outcome() {
            return new CutOutcome(cutAt, atSignal, count, bars, List.copyOf(listed));
        }
    }
}
