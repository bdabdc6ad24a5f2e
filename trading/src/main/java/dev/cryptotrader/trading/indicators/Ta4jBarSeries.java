package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a ta4j {@link BarSeries} over a {@link CandleSeries} without copying its values: each bar is a
 * {@link CandleBar} view. Numbers are {@code DoubleNum}: charts draw doubles, the candles' double accessors are
 * correctly rounded, and {@code DecimalNum} would be many times slower and larger for no visible difference.
 */
final class Ta4jBarSeries {

    /** Used when a series has fewer than two bars to measure; no indicator here reads bar times anyway. */
    private static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);

    private Ta4jBarSeries() {
    }

    static BarSeries of(CandleSeries candles) {
        Duration period = barPeriod(candles);
        List<Bar> bars = new ArrayList<>(candles.size());
        for (int i = 0; i < candles.size(); i++) {
            bars.add(new CandleBar(candles, i, period));
        }
        // A bounded series sizes every indicator cache to the bar count at once. Unbounded, ta4j 0.22.2 caps a cache
        // at 1,000,000 entries but "grows" it again (a full copy) for every bar past that: quadratic beyond 1M bars.
        return new BaseBarSeriesBuilder().withName("candles")
                .withNumFactory(DoubleNumFactory.getInstance())
                .withMaxBarCount(Math.max(1, candles.size()))
                .withBars(bars)
                .build();
    }

    /** The smallest gap between consecutive bars: the timeframe, even when some bars are missing. */
    static Duration barPeriod(CandleSeries candles) {
        long smallest = Long.MAX_VALUE;
        for (int i = 1; i < candles.size(); i++) {
            long gap = candles.openTime(i) - candles.openTime(i - 1);
            if (gap > 0 && gap < smallest) {
                smallest = gap;
            }
        }
        return smallest == Long.MAX_VALUE ? DEFAULT_PERIOD : Duration.ofMillis(smallest);
    }
}
