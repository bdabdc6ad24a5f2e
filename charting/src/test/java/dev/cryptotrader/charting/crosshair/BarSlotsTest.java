package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.OhlcvColumns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarSlotsTest {

    private static final long M = 60_000L;
    /** Bars at 0, 5, 10, 20 minutes (a gap after 10). */
    private final OhlcvColumns bars = bars(0, 5 * M, 10 * M, 20 * M);

    @Test
    void nearestPicksTheBarWhoseCentreIsClosest() {
        assertThat(BarSlots.nearest(bars, 2 * M)).isEqualTo(0);
        assertThat(BarSlots.nearest(bars, 3 * M)).isEqualTo(5 * M);
        assertThat(BarSlots.nearest(bars, 14 * M)).isEqualTo(10 * M);
        assertThat(BarSlots.nearest(bars, 16 * M)).isEqualTo(20 * M);
        // Right of the data the slots go on at the last spacing (10 minutes here).
        assertThat(BarSlots.nearest(bars, 26 * M)).isEqualTo(30 * M);
        assertThat(BarSlots.nearest(bars, -4 * M)).isEqualTo(-5 * M);
    }

    @Test
    void containingPicksTheBarWhoseSpanHoldsTheMoment() {
        assertThat(BarSlots.containing(bars, 0)).isEqualTo(0);
        assertThat(BarSlots.containing(bars, 5 * M - 1)).isEqualTo(0);
        assertThat(BarSlots.containing(bars, 5 * M)).isEqualTo(5 * M);
        assertThat(BarSlots.containing(bars, 19 * M)).isEqualTo(10 * M);
        assertThat(BarSlots.containing(bars, 29 * M)).isEqualTo(20 * M);
        assertThat(BarSlots.containing(bars, 31 * M)).isEqualTo(30 * M);
        assertThat(BarSlots.containing(bars, -1)).isEqualTo(-5 * M);
        assertThat(BarSlots.indexContaining(bars, 19 * M)).isEqualTo(2);
        assertThat(BarSlots.indexContaining(bars, -1)).isEqualTo(-1);
    }

    @Test
    void valueTagsKeepAboutAThousandthOfTheRange() {
        assertThat(TagFormat.value(1185.376, 50)).isEqualTo("1,185.38");
        assertThat(TagFormat.value(55.123, 100)).isEqualTo("55.1");
        assertThat(TagFormat.value(0.000123456, 0.00002)).isEqualTo("0.00012346");
        assertThat(TagFormat.time(1_385_337_600_000L)).isEqualTo("Mon 25 Nov 13  00:00");
    }

    static OhlcvColumns bars(long... times) {
        int n = times.length;
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1);
        return new OhlcvColumns(times, v.clone(), v.clone(), v.clone(), v.clone(), v.clone());
    }
}
