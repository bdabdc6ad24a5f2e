package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.strategy.Signal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The bars to cut the data after, in ascending order. Every signal bar up to a cap, then a sample of the later ones,
 * plus an even sample of the bars between signals (bars without one). Bars before the warm-up are never cut at: a strategy may refuse (or throw on) fewer bars
 * than it needs, and gives no signal there anyway.
 *
 * @param cuts                the cut points, ascending
 * @param atSignal            which of {@code cuts} (by position) are signal bars
 * @param signals             signal bars in the full run
 * @param signalsBeforeWarmUp signal bars before the warm-up, which are not cut at
 */
record CutPlan(int[] cuts, BitSet atSignal, int signals, int signalsBeforeWarmUp) {

    static CutPlan of(byte[] actions, int warmUp, LookaheadOptions options) {
        int n = actions.length;
        int from = Math.max(warmUp, 0);
        int[] signalBars = IntStream.range(from, n).filter(i -> actions[i] != Signal.NONE).toArray();
        int early = (int) IntStream.range(0, Math.min(from, n)).filter(i -> actions[i] != Signal.NONE).count();

        BitSet signalCuts = new BitSet(n);
        int first = Math.min(options.firstSignals(), signalBars.length);
        for (int k = 0; k < first; k++) {
            signalCuts.set(signalBars[k]);
        }
        for (int k : evenlySpaced(options.sampledSignals(), first, signalBars.length - 1)) {
            signalCuts.set(signalBars[k]);
        }
        BitSet all = (BitSet) signalCuts.clone();
        // Bars without a signal, the last bar left out (cutting there gives back the full data).
        int[] quiet = IntStream.range(from, n - 1).filter(i -> actions[i] == Signal.NONE).toArray();
        for (int k : evenlySpaced(options.betweenSignals(), 0, quiet.length - 1)) {
            all.set(quiet[k]);
        }
        int[] cuts = all.stream().toArray();
        BitSet atSignal = new BitSet(cuts.length);
        for (int k = 0; k < cuts.length; k++) {
            atSignal.set(k, signalCuts.get(cuts[k]));
        }
        return new CutPlan(cuts, atSignal, signalBars.length + early, early);
    }

    int signalCuts() {
        return atSignal.cardinality();
    }

    int sampleCuts() {
        return cuts.length - signalCuts();
    }

    /** Up to {@code count} distinct values from {@code lo..hi}, spread evenly and including both ends. */
    static int[] evenlySpaced(int count, int lo, int hi) {
        if (count <= 0 || hi < lo) {
            return new int[0];
        }
        long span = (long) hi - lo + 1;
        if (span <= count) {
            return IntStream.rangeClosed(lo, hi).toArray();
        }
        if (count == 1) {
            return new int[] {(int) (lo + span / 2)};
        }
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            out[k] = (int) (lo + (long) k * (hi - lo) / (count - 1));
        }
        return out;
    }

    @Override
    public String toString() {
        return "CutPlan" + Arrays.toString(cuts);
    }
}
