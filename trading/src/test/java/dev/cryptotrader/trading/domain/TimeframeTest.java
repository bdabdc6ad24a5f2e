package dev.cryptotrader.trading.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeframeTest {

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void durationsAreExact() {
        assertThat(Timeframe.M1.millis()).isEqualTo(60_000);
        assertThat(Timeframe.M5.millis()).isEqualTo(300_000);
        assertThat(Timeframe.M15.millis()).isEqualTo(900_000);
        assertThat(Timeframe.M30.millis()).isEqualTo(1_800_000);
        assertThat(Timeframe.H1.millis()).isEqualTo(3_600_000);
        assertThat(Timeframe.H4.millis()).isEqualTo(14_400_000);
        assertThat(Timeframe.D1.millis()).isEqualTo(86_400_000);
        assertThat(Timeframe.W1.millis()).isEqualTo(604_800_000);
    }

    @Test
    void bucketsAlignInUtc() {
        assertThat(Timeframe.H4.bucketStart(t("2024-01-31T17:59:59.999Z"))).isEqualTo(t("2024-01-31T16:00:00Z"));
        assertThat(Timeframe.D1.bucketStart(t("2024-01-31T23:59:00Z"))).isEqualTo(t("2024-01-31T00:00:00Z"));
        assertThat(Timeframe.M15.bucketStart(t("2024-01-31T10:44:00Z"))).isEqualTo(t("2024-01-31T10:30:00Z"));
        assertThat(Timeframe.H1.isAligned(t("2024-01-31T10:00:00Z"))).isTrue();
        assertThat(Timeframe.H1.isAligned(t("2024-01-31T10:01:00Z"))).isFalse();
        // Before the epoch too: floor, not truncation toward zero.
        assertThat(Timeframe.D1.bucketStart(t("1969-12-31T12:00:00Z"))).isEqualTo(t("1969-12-31T00:00:00Z"));
    }

    @Test
    void weeksStartOnMonday() {
        for (String day : new String[] {"2024-01-29T00:00:00Z", "2024-02-01T13:00:00Z", "2024-02-04T23:59:00Z",
                "2013-11-27T08:00:00Z", "1970-01-01T00:00:00Z"}) {
            long start = Timeframe.W1.bucketStart(t(day));
            assertThat(Instant.ofEpochMilli(start).atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(t(day) - start).isBetween(0L, Timeframe.W1.millis() - 1);
        }
        assertThat(Timeframe.W1.bucketStart(t("2024-02-04T23:59:00Z"))).isEqualTo(t("2024-01-29T00:00:00Z"));
    }

    @Test
    void parsesLabelsAndRejectsUnknownOnes() {
        assertThat(Timeframe.parse("4h")).isEqualTo(Timeframe.H4);
        assertThat(Timeframe.parse("1D")).isEqualTo(Timeframe.D1);
        assertThat(Timeframe.parse("60m")).isEqualTo(Timeframe.H1);
        assertThatThrownBy(() -> Timeframe.parse("1M")).hasMessageContaining("1M");
        assertThatThrownBy(() -> Timeframe.parse("2h")).hasMessageContaining("2h").hasMessageContaining("1m");
        assertThat(Timeframe.H1.isMultipleOf(Timeframe.M15)).isTrue();
        assertThat(Timeframe.W1.isMultipleOf(Timeframe.H4)).isTrue();
        assertThat(Timeframe.M15.isMultipleOf(Timeframe.H1)).isFalse();
    }
}
