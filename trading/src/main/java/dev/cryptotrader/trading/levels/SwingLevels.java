package dev.cryptotrader.trading.levels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Swing support and resistance from pivots. Bar j is a swing high when its high is above the highs of the
 * {@code strength} bars before it and not below those of the {@code strength} bars after it (so of two equal highs
 * the first is the pivot); swing lows mirror that. A pivot is only known once those later bars have closed, at bar
 * {@code j + strength}: a level never appears before a trader could have seen it. It holds until a bar closes beyond
 * it (above a resistance, below a support).
 */
public final class SwingLevels {

    private SwingLevels() {
    }

    /** Every swing level of {@code bars}, in the order they were confirmed. */
    public static List<SwingLevel> compute(PriceBars bars, int strength) {
        if (strength < 1) {
            throw new IllegalArgumentException("swing strength (bars on each side of a pivot) must be at least 1, not "
                    + strength);
        }
        List<SwingLevel> levels = new ArrayList<>();
        int n = bars.size();
        double[] high = bars.high();
        double[] low = bars.low();
        List<Integer> highs = new ArrayList<>();
        List<Integer> lows = new ArrayList<>();
        for (int j = strength; j + strength < n; j++) {
            if (isPivot(high, j, strength, 1)) {
                highs.add(j);
            }
            if (isPivot(low, j, strength, -1)) {
                lows.add(j);
            }
        }
        addLevels(levels, bars, SwingLevel.Kind.RESISTANCE, highs, strength);
        addLevels(levels, bars, SwingLevel.Kind.SUPPORT, lows, strength);
        levels.sort(Comparator.comparingInt(SwingLevel::confirmedBar).thenComparing(SwingLevel::kind));
        return levels;
    }

    /** Levels a trader knows and that still hold at the close of bar {@code bar}. */
    public static List<SwingLevel> activeAt(List<SwingLevel> levels, int bar) {
        return levels.stream().filter(l -> l.activeAt(bar)).toList();
    }

    /** {@code sign} 1 looks for a high above its neighbours, -1 for a low below them. */
    private static boolean isPivot(double[] v, int j, int strength, int sign) {
        double p = sign * v[j];
        for (int k = j - strength; k < j; k++) {
            if (!(p > sign * v[k])) {
                return false;
            }
        }
        for (int k = j + 1; k <= j + strength; k++) {
            if (!(p >= sign * v[k])) {
                return false;
            }
        }
        return true;
    }

    private static void addLevels(List<SwingLevel> out, PriceBars bars, SwingLevel.Kind kind, List<Integer> pivots,
                                  int strength) {
        boolean resistance = kind == SwingLevel.Kind.RESISTANCE;
        int[] starts = new int[pivots.size()];
        double[] prices = new double[pivots.size()];
        for (int q = 0; q < starts.length; q++) {
            int pivot = pivots.get(q);
            starts[q] = pivot + strength + 1; // the first bar that can break it: the one after confirmation
            prices[q] = resistance ? bars.high()[pivot] : bars.low()[pivot];
        }
        int[] broken = FirstCloseBeyond.find(bars.close(), bars.size(), resistance ? 1 : -1, starts, prices);
        for (int q = 0; q < starts.length; q++) {
            out.add(new SwingLevel(kind, pivots.get(q), pivots.get(q) + strength, prices[q], broken[q]));
        }
    }
}
