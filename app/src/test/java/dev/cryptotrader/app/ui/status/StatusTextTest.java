package dev.cryptotrader.app.ui.status;

import dev.cryptotrader.charting.VisibleRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTextTest {

    private static long at(String utc) {
        return Instant.parse(utc).toEpochMilli();
    }

    @Test
    void aViewWithinOneDaySaysTheDateOnce() {
        VisibleRange range = new VisibleRange(0, 149, at("2013-12-01T13:32:00Z"), at("2013-12-01T16:02:00Z"), 150);

        assertThat(StatusText.view(range)).isEqualTo("view 2013-12-01 13:32 → 16:02 (150 bars)");
    }

    @Test
    void aViewOverSeveralDaysSaysBothDates() {
        VisibleRange range = new VisibleRange(0, 1_999, at("2013-11-30T23:00:00Z"), at("2013-12-01T00:30:00Z"), 2_000);

        assertThat(StatusText.view(range)).isEqualTo("view 2013-11-30 23:00 → 2013-12-01 00:30 (2,000 bars)");
    }

    @Test
    void noViewNoText() {
        assertThat(StatusText.view(VisibleRange.EMPTY)).isEmpty();
        assertThat(StatusText.view(null)).isEmpty();
    }
}
