package dev.cryptotrader.trading.projection;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastConeTest {

    @Test
    void bandsWidenWithTheSquareRootOfTheBarsAhead() {
        ForecastCone cone = ForecastCone.of(100, 2, 20);

        assertThat(cone.bars()).isEqualTo(20);
        assertThat(cone.band(0, 2)).isEqualTo(100); // the cone starts as a point at the last close
        assertThat(cone.band(1, 1)).isEqualTo(102);
        assertThat(cone.band(4, 1)).isEqualTo(104); // σ(4) = 2 × √4
        assertThat(cone.band(4, -2)).isEqualTo(92);
        assertThat(cone.band(9, 2)).isEqualTo(112);
        assertThat(cone.band(-1)[16]).isEqualTo(92);
        assertThat(cone.sigma()[20]).isCloseTo(2 * Math.sqrt(20), within(1e-12));
    }

    @Test
    void refusesNoBarsAndBadAtrs() {
        assertThatThrownBy(() -> ForecastCone.of(100, 2, 0)).hasMessageContaining("at least one bar");
        assertThatThrownBy(() -> ForecastCone.of(100, Double.NaN, 5)).hasMessageContaining("ATR");
    }

    @Test
    void theLatestAtrOfAWindowEqualsTa4jsOnTheWholeSeries() {
        CandleSeries all = randomWalk(3_000, 7);
        CandleSeries window = all.slice(all.size() - LatestAtr.WINDOW, all.size());

        double ta4j = ta4jAtr(all).getValue(all.size() - 1).doubleValue();

        assertThat(LatestAtr.of(all, 14).orElseThrow()).isCloseTo(ta4j, within(Math.abs(ta4j) * 1e-12));
        assertThat(LatestAtr.of(window, LatestAtr.PERIOD).orElseThrow())
                .isCloseTo(ta4j, within(Math.abs(ta4j) * 1e-9));
        assertThat(LatestAtr.of(all.slice(0, 14), 14)).isEmpty();
    }

    private static ATRIndicator ta4jAtr(CandleSeries candles) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        Duration minute = Duration.ofMinutes(1);
        for (Candle c : candles.toCandles()) {
            Instant begin = Instant.ofEpochMilli(c.openTime());
            series.barBuilder().timePeriod(minute).beginTime(begin).endTime(begin.plus(minute)).openPrice(c.open())
                    .highPrice(c.high()).lowPrice(c.low()).closePrice(c.close()).volume(c.volume()).add();
        }
        return new ATRIndicator(series, 14);
    }

    private static CandleSeries randomWalk(int bars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CandleSeries.Builder builder = CandleSeries.builder(bars, 2, 4);
        long close = 3_000_000;
        for (int i = 0; i < bars; i++) {
            long open = close;
            close = Math.max(100, open + random.nextLong(-5_000, 5_001));
            long high = Math.max(open, close) + random.nextLong(0, 2_000);
            long low = Math.max(1, Math.min(open, close) - random.nextLong(0, 2_000));
            builder.addMantissas(1_700_000_040_000L + i * 60_000L, open, high, low, close, 1_000);
        }
        return builder.build();
    }
}
