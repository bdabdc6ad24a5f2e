package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.NumFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A ta4j {@link BarSeries} holding a tape's bars, in the number type asked for (DoubleNum or DecimalNum). */
public final class TapeBarSeries {

    private TapeBarSeries() {
    }

    public static BarSeries of(BarTape tape, NumFactory numbers) {
        Duration period = Duration.ofMillis(tape.barMillis());
        int n = tape.size();
        List<Bar> bars = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant begin = Instant.ofEpochMilli(tape.openTime()[i]);
            bars.add(new BaseBar(period, begin, begin.plus(period), numbers.numOf(tape.open()[i]),
                    numbers.numOf(tape.high()[i]), numbers.numOf(tape.low()[i]), numbers.numOf(tape.close()[i]),
                    numbers.numOf(tape.volume()[i]), numbers.zero(), 0));
        }
        // Bounded to the bar count: unbounded, ta4j 0.22.2 regrows every indicator cache past 1,000,000 bars.
        return new BaseBarSeriesBuilder().withName(tape.name())
                .withNumFactory(numbers)
                .withMaxBarCount(Math.max(1, n))
                .withBars(bars)
                .build();
    }
}
