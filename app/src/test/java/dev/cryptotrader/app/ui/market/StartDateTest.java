package dev.cryptotrader.app.ui.market;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StartDateTest {

    private static final long NOW = Instant.parse("2024-03-15T18:30:00Z").toEpochMilli();

    @Test
    void todayAndEarlierDaysStartAtMidnightUtc() {
        assertThat(StartDate.parse("2024-03-15", NOW).startMillis())
                .isEqualTo(Instant.parse("2024-03-15T00:00:00Z").toEpochMilli());
        assertThat(StartDate.parse(" 2017-08-17 ", NOW).day()).isEqualTo(LocalDate.of(2017, 8, 17));
    }

    @Test
    void aDayInTheFutureIsRefused() {
        StartDate tomorrow = StartDate.parse("2024-03-16", NOW);
        assertThat(tomorrow.ok()).isFalse();
        assertThat(tomorrow.problem()).isEqualTo(
                "The start date 2024-03-16 is in the future: pick today (2024-03-15, UTC) or an earlier day.");
    }

    @Test
    void textThatIsNoDateIsRefusedWithAnExample() {
        assertThat(StartDate.parse("15.03.2024", NOW).problem()).isEqualTo(
                "'15.03.2024' is not a date: write the first day to backfill as YYYY-MM-DD, e.g. 2024-02-14.");
        assertThat(StartDate.parse("2024-02-30", NOW).ok()).isFalse();
        assertThat(StartDate.parse("  ", NOW).problem()).startsWith("Enter the first day to backfill");
    }
}
