package dev.cryptotrader.trading.marketdata;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResamplerTest {

    private static final long HOUR = 3_600_000L;

    /** Random-walk 1m bars with holes, starting mid-hour and ending mid-hour. */
    private static List<Candle> minuteBars(long seed) {
        Random rnd = new Random(seed);
        List<Candle> bars = new ArrayList<>();
        long t = Instant.parse("2024-03-01T10:17:00Z").toEpochMilli();
        BigDecimal price = new BigDecimal("61234.56");
        for (int i = 0; i < 5000; i++) {
            t += 60_000L * (rnd.nextInt(20) == 0 ? 1 + rnd.nextInt(90) : 1); // some gaps, some over an hour
            BigDecimal open = price;
            BigDecimal close = open.add(BigDecimal.valueOf(rnd.nextInt(2001) - 1000, 2)).max(BigDecimal.ONE);
            BigDecimal high = open.max(close).add(BigDecimal.valueOf(rnd.nextInt(500), 2));
            BigDecimal low = open.min(close).subtract(BigDecimal.valueOf(rnd.nextInt(500), 2)).max(new BigDecimal("0.01"));
            BigDecimal volume = BigDecimal.valueOf(rnd.nextLong(1, 10_000_000_000L), 8);
            bars.add(new Candle(t, open, high, low, close, volume));
            price = close;
        }
        return bars;
    }

    /** The definition, written independently: group by hour with BigDecimal arithmetic. */
    private static List<Candle> hourlyByHand(List<Candle> minutes) {
        Map<Long, List<Candle>> byHour = new TreeMap<>();
        for (Candle c : minutes) {
            byHour.computeIfAbsent(Math.floorDiv(c.openTime(), HOUR) * HOUR, k -> new ArrayList<>()).add(c);
        }
        List<Candle> out = new ArrayList<>();
        byHour.forEach((hour, group) -> {
            BigDecimal high = group.stream().map(Candle::high).reduce(BigDecimal::max).orElseThrow();
            BigDecimal low = group.stream().map(Candle::low).reduce(BigDecimal::min).orElseThrow();
            BigDecimal volume = group.stream().map(Candle::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(new Candle(hour, group.getFirst().open(), high, low, group.getLast().close(), volume));
        });
        return out;
    }

    @Test
    void oneMinuteToOneHourMatchesAnIndependentComputation() {
        for (long seed = 1; seed <= 3; seed++) {
            List<Candle> minutes = minuteBars(seed);
            Resampler.Resampled result = Resampler.resample(CandleSeries.of(minutes), Timeframe.M1, Timeframe.H1);
            List<Candle> expected = hourlyByHand(minutes);
            assertThat(result.series().size()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(result.series().candle(i).sameValues(expected.get(i)))
                        .as("hour %s: %s vs %s", i, result.series().candle(i), expected.get(i)).isTrue();
            }
        }
    }

    @Test
    void marksPartialBucketsAtBothEnds() {
        List<Candle> minutes = minuteBars(7);
        Resampler.Resampled result = Resampler.resample(CandleSeries.of(minutes), Timeframe.M1, Timeframe.H1);
        assertThat(result.leadingPartial()).isTrue();   // starts 10:18
        long last = minutes.getLast().openTime();
        assertThat(result.trailingPartial()).isEqualTo((last / 60_000) % 60 != 59);
        CandleSeries complete = result.completeBuckets();
        assertThat(complete.firstOpenTime()).isEqualTo(result.series().openTime(1));
    }

    @Test
    void fullBucketsAreNotPartial() {
        CandleSeries.Builder b = CandleSeries.builder(120, 2, 0);
        long start = Instant.parse("2024-03-01T10:00:00Z").toEpochMilli();
        for (int i = 0; i < 120; i++) {
            b.addMantissas(start + i * 60_000L, 100, 101, 99, 100, 1);
        }
        Resampler.Resampled r = Resampler.resample(b.build(), Timeframe.M1, Timeframe.H1);
        assertThat(r.leadingPartial()).isFalse();
        assertThat(r.trailingPartial()).isFalse();
        assertThat(r.series().size()).isEqualTo(2);
        assertThat(r.series().volume(0)).isEqualTo(60.0);
    }

    @Test
    void weeklyBucketsStartOnMonday() {
        CandleSeries.Builder b = CandleSeries.builder(14, 0, 0);
        long thursday = Instant.parse("2024-02-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < 14; i++) {
            b.addMantissas(thursday + i * 86_400_000L, 10 + i, 20 + i, 5, 10 + i, 1);
        }
        CandleSeries weeks = Resampler.resample(b.build(), Timeframe.D1, Timeframe.W1).series();
        assertThat(weeks.size()).isEqualTo(3);
        assertThat(Instant.ofEpochMilli(weeks.openTime(1))).isEqualTo(Instant.parse("2024-02-05T00:00:00Z"));
        assertThat(weeks.volume(1)).isEqualTo(7.0);
    }

    @Test
    void refusesTargetsThatAreNotWholeMultiples() {
        assertThatThrownBy(() -> Resampler.resample(CandleSeries.empty(), Timeframe.H1, Timeframe.M30))
                .hasMessageContaining("not a whole multiple");
    }

    @Test
    void roundingNeverHappens() {
        // Volumes with 8 decimals summed over thousands of bars stay exact.
        List<Candle> minutes = minuteBars(11);
        BigDecimal total = minutes.stream().map(Candle::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
        CandleSeries hours = Resampler.resample(CandleSeries.of(minutes), Timeframe.M1, Timeframe.H1).series();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < hours.size(); i++) {
            sum = sum.add(hours.candle(i).volume());
        }
        assertThat(sum.setScale(8, RoundingMode.UNNECESSARY)).isEqualTo(total.setScale(8, RoundingMode.UNNECESSARY));
    }
}
