package dev.cryptotrader.trading.levels;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodLevelsTest {

    private static final long HOUR = 3_600_000L;
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    @Test
    void eachDaySeesTheHighLowAndCloseOfTheDayBefore() {
        // Three whole days of hourly bars; each day's prices sit in their own band, so a mix-up shows.
        PriceBars bars = hourly(MONDAY, 72, i -> 100.0 * (1 + i / 24) + i % 24);
        PeriodLevels levels = PeriodLevels.compute(bars, Period.DAY);

        assertThat(levels.spans()).hasSize(2);
        PeriodLevels.Span tuesday = levels.at(24);
        assertThat(tuesday.periodStart()).isEqualTo(MONDAY + 24 * HOUR);
        assertThat(tuesday.sourceStart()).isEqualTo(MONDAY);
        assertThat(tuesday.high()).isEqualTo(123.5); // Monday's bars: 100 + h, high = close + 0.5
        assertThat(tuesday.low()).isEqualTo(99.5);
        assertThat(tuesday.close()).isEqualTo(123.0);
        assertThat(levels.at(47)).isSameAs(tuesday);
        assertThat(levels.at(48).high()).isEqualTo(223.5);
    }

    @Test
    void aBarNeverSeesItsOwnDay() {
        PriceBars bars = hourly(MONDAY, 24 * 5, i -> 1000 + Math.sin(i / 3.0) * 50 + i);
        PeriodLevels levels = PeriodLevels.compute(bars, Period.DAY);
        for (int i = 0; i < bars.size(); i++) {
            PeriodLevels.Span s = levels.at(i);
            if (s == null) {
                assertThat(i).as("only the first day lacks levels").isLessThan(24);
                continue;
            }
            long day = Period.DAY.start(bars.openTime()[i]);
            assertThat(s.sourceStart()).isLessThan(day);
            // The levels equal an independent computation over the previous day's bars only.
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double close = Double.NaN;
            for (int k = 0; k < bars.size(); k++) {
                if (Period.DAY.start(bars.openTime()[k]) == day - 86_400_000L) {
                    high = Math.max(high, bars.high()[k]);
                    low = Math.min(low, bars.low()[k]);
                    close = bars.close()[k];
                }
            }
            assertThat(s.high()).isEqualTo(high);
            assertThat(s.low()).isEqualTo(low);
            assertThat(s.close()).isEqualTo(close);
        }
    }

    @Test
    void changingTheCurrentDayNeverChangesItsLevels() {
        PriceBars bars = hourly(MONDAY, 48, i -> 100 + i);
        PeriodLevels.Span before = PeriodLevels.compute(bars, Period.DAY).at(30);
        bars.high()[30] = 10_000; // a spike later on Tuesday: Tuesday's levels come from Monday, so nothing moves
        bars.low()[47] = 1;
        assertThat(PeriodLevels.compute(bars, Period.DAY).at(30)).isEqualTo(before);
    }

    @Test
    void weeksStartOnMondayAtMidnightUtc() {
        // From Saturday 2023-12-30 00:00: the first (partial) week ends on Sunday 23:00, the next starts on Monday.
        long saturday = MONDAY - 2 * 24 * HOUR;
        PriceBars bars = hourly(saturday - 5 * 24 * HOUR, 24 * 14, i -> i);
        PeriodLevels levels = PeriodLevels.compute(bars, Period.WEEK);

        int sundayLast = (int) ((MONDAY - HOUR - bars.openTime()[0]) / HOUR);
        int mondayFirst = sundayLast + 1;
        assertThat(levels.at(sundayLast)).as("no week before the first one").isNull();
        PeriodLevels.Span week = levels.at(mondayFirst);
        assertThat(week.periodStart()).isEqualTo(MONDAY);
        assertThat(week.sourceStart()).isEqualTo(MONDAY - 7 * 24 * HOUR);
        assertThat(week.close()).isEqualTo(sundayLast); // close of Sunday 23:00, the last bar of that week
        assertThat(week.high()).isEqualTo(sundayLast + 0.5);
        assertThat(levels.at(mondayFirst - 1)).isNotSameAs(week);
        assertThat(Period.WEEK.label('H')).isEqualTo("PWH");
    }

    @Test
    void aPeriodSeenOnlyInPartGivesNoLevels() {
        // Data starts on Wednesday: that week is partial, so the next week has no PWH/PWL/PWC.
        long wednesday = MONDAY + 2 * 24 * HOUR;
        PriceBars bars = hourly(wednesday, 24 * 14, i -> 50 + i);
        PeriodLevels levels = PeriodLevels.compute(bars, Period.WEEK);
        int nextMonday = 5 * 24;
        assertThat(levels.at(nextMonday)).isNull();
        PeriodLevels.Span third = levels.at(nextMonday + 7 * 24);
        assertThat(third.sourceStart()).isEqualTo(MONDAY + 7 * 24 * HOUR);
        // Days: Wednesday starts at 00:00, so it counts in full for Thursday.
        assertThat(PeriodLevels.compute(bars, Period.DAY).at(24)).isNotNull();
    }

    @Test
    void aDayWithoutBarsFallsBackToTheLastCompletedDay() {
        List<Long> times = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            times.add(MONDAY + h * HOUR); // Monday
        }
        for (int h = 48; h < 72; h++) {
            times.add(MONDAY + h * HOUR); // Wednesday; Tuesday is missing
        }
        PriceBars bars = at(times, i -> 10 + i);
        PeriodLevels.Span wednesday = PeriodLevels.compute(bars, Period.DAY).at(24);
        assertThat(wednesday.sourceStart()).isEqualTo(MONDAY);
        assertThat(wednesday.close()).isEqualTo(33.0);
    }

    interface Price {
        double at(int i);
    }

    static PriceBars hourly(long start, int n, Price close) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            times.add(start + i * HOUR);
        }
        return at(times, close);
    }

    /** Bars at {@code times}: close as given, high close + 0.5, low close - 0.5. */
    static PriceBars at(List<Long> times, Price close) {
        int n = times.size();
        long[] t = new long[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            c[i] = close.at(i);
            h[i] = c[i] + 0.5;
            l[i] = c[i] - 0.5;
        }
        return new PriceBars(t, h, l, c, n);
    }
}
