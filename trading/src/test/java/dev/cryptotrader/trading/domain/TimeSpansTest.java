package dev.cryptotrader.trading.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeSpansTest {

    private static TimeRange r(long from, long to) {
        return new TimeRange(from, to);
    }

    @Test
    void mergeSortsJoinsOverlappingAndTouchingSpansAndDropsEmptyOnes() {
        assertThat(TimeSpans.merge(List.of(r(30, 40), r(0, 10), r(10, 15), r(5, 8), r(50, 50), r(39, 45))))
                .containsExactly(r(0, 15), r(30, 45));
    }

    @Test
    void subtractCutsHolesOutOfSpans() {
        assertThat(TimeSpans.subtract(List.of(r(0, 100)), List.of(r(10, 20), r(50, 60), r(95, 200))))
                .containsExactly(r(0, 10), r(20, 50), r(60, 95));
    }

    @Test
    void subtractKeepsSpansTheHolesMissAndDropsSpansTheyCover() {
        assertThat(TimeSpans.subtract(List.of(r(0, 10), r(20, 30), r(40, 50)), List.of(r(15, 35))))
                .containsExactly(r(0, 10), r(40, 50));
        assertThat(TimeSpans.subtract(List.of(r(0, 10)), List.of())).containsExactly(r(0, 10));
        assertThat(TimeSpans.subtract(List.of(r(0, 10)), List.of(r(0, 10)))).isEmpty();
    }

    @Test
    void lengthAddsUp() {
        assertThat(TimeSpans.length(List.of(r(0, 10), r(20, 25)))).isEqualTo(15);
    }
}
