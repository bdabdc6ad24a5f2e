package dev.cryptotrader.trading.marketdata;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;

import java.util.ArrayList;
import java.util.List;

/** Finds missing bars between the first and last bar of a series. */
public final class GapDetector {

    private GapDetector() {
    }

    public static List<Gap> find(CandleSeries series, Timeframe timeframe) {
        List<Gap> gaps = new ArrayList<>();
        long step = timeframe.millis();
        for (int i = 1; i < series.size(); i++) {
            long expected = series.openTime(i - 1) + step;
            long actual = series.openTime(i);
            if (actual > expected) {
                gaps.add(new Gap(expected, actual - step, (actual - expected) / step));
            }
        }
        return gaps;
    }
}
