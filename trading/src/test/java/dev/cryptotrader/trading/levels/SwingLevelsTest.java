package dev.cryptotrader.trading.levels;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwingLevelsTest {

    private static final long MINUTE = 60_000L;

    @Test
    void aSwingHighIsConfirmedOnlyAfterNBarsHaveClosed() {
        //                         0   1   2   3   4   5   6   7   8
        PriceBars bars = bars(new double[]{10, 11, 12, 15, 13, 12, 11, 12, 13});
        List<SwingLevel> levels = SwingLevels.compute(bars, 2);

        SwingLevel r = levels.stream().filter(l -> l.kind() == SwingLevel.Kind.RESISTANCE).findFirst().orElseThrow();
        assertThat(r.pivotBar()).isEqualTo(3);
        assertThat(r.price()).isEqualTo(15.5);
        assertThat(r.confirmedBar()).isEqualTo(5);
        assertThat(r.activeAt(4)).as("bar 4 has closed, bar 5 not yet: unknown").isFalse();
        assertThat(r.activeAt(5)).isTrue();
        assertThat(SwingLevels.activeAt(levels, 4)).noneMatch(l -> l.pivotBar() == 3);
    }

    @Test
    void theLevelOfAPivotDoesNotDependOnBarsAfterItsConfirmation() {
        double[] closes = randomWalk(400, 5);
        List<SwingLevel> all = SwingLevels.compute(bars(closes), 3);
        for (int cut = 20; cut < closes.length; cut += 37) {
            double[] prefix = java.util.Arrays.copyOf(closes, cut);
            List<SwingLevel> known = SwingLevels.compute(bars(prefix), 3);
            int lastBar = cut - 1;
            // Computed on the bars up to `cut` only, the levels a trader knows at its last bar are the same.
            assertThat(known.stream().map(l -> l.pivotBar() + l.kind().label()).toList())
                    .isEqualTo(all.stream().filter(l -> l.confirmedBar() <= lastBar)
                            .map(l -> l.pivotBar() + l.kind().label()).toList());
        }
    }

    @Test
    void aResistanceHoldsUntilACloseAboveIt() {
        //                         0   1  2  3  4   5   6   7
        PriceBars bars = bars(new double[]{10, 12, 9, 8, 11, 12, 13, 9});
        SwingLevel r = SwingLevels.compute(bars, 1).stream()
                .filter(l -> l.kind() == SwingLevel.Kind.RESISTANCE && l.pivotBar() == 1).findFirst().orElseThrow();
        assertThat(r.price()).isEqualTo(12.5);
        assertThat(r.brokenBar()).as("bar 6 closes at 13, above 12.5").isEqualTo(6);
        assertThat(r.activeAt(5)).isTrue();
        assertThat(r.activeAt(6)).isFalse();
        assertThat(r.endBar(7)).isEqualTo(6);

        SwingLevel s = SwingLevels.compute(bars, 1).stream()
                .filter(l -> l.kind() == SwingLevel.Kind.SUPPORT && l.pivotBar() == 3).findFirst().orElseThrow();
        assertThat(s.price()).isEqualTo(7.5);
        assertThat(s.brokenBar()).isEqualTo(-1);
        assertThat(s.endBar(7)).isEqualTo(7);
    }

    @Test
    void ofTwoEqualHighsTheFirstIsThePivot() {
        PriceBars bars = bars(new double[]{10, 14, 14, 10, 9});
        assertThat(SwingLevels.compute(bars, 1)).filteredOn(l -> l.kind() == SwingLevel.Kind.RESISTANCE)
                .extracting(SwingLevel::pivotBar).containsExactly(1);
    }

    @Test
    void breaksMatchAPlainScan() {
        double[] closes = randomWalk(3000, 11);
        PriceBars bars = bars(closes);
        for (SwingLevel l : SwingLevels.compute(bars, 4)) {
            int expected = -1;
            for (int i = l.confirmedBar() + 1; i < closes.length; i++) {
                boolean beyond = l.kind() == SwingLevel.Kind.RESISTANCE ? closes[i] > l.price() : closes[i] < l.price();
                if (beyond) {
                    expected = i;
                    break;
                }
            }
            assertThat(l.brokenBar()).as(l.toString()).isEqualTo(expected);
        }
    }

    @Test
    void rejectsAStrengthBelowOne() {
        assertThatThrownBy(() -> SwingLevels.compute(bars(new double[]{1, 2, 3}), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, not 0");
    }

    private static double[] randomWalk(int n, long seed) {
        Random r = new Random(seed);
        double[] c = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            p += r.nextGaussian();
            c[i] = p;
        }
        return c;
    }

    /** One bar a minute: close as given, high close + 0.5, low close - 0.5. */
    private static PriceBars bars(double[] closes) {
        int n = closes.length;
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * MINUTE;
            h[i] = closes[i] + 0.5;
            l[i] = closes[i] - 0.5;
        }
        return new PriceBars(t, h, l, closes.clone(), n);
    }
}
