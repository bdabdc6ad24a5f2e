package dev.cryptotrader.trading.marketdata;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GapDetectorTest {

    private static CandleSeries bars(long... hours) {
        CandleSeries.Builder b = CandleSeries.builder(hours.length, 0, 0);
        for (long h : hours) {
            b.addMantissas(h * 3_600_000L, 1, 1, 1, 1, 0);
        }
        return b.build();
    }

    @Test
    void returnsEachRunOfMissingBarsAsOneRange() {
        List<Gap> gaps = GapDetector.find(bars(0, 1, 2, 5, 6, 8), Timeframe.H1);
        assertThat(gaps).containsExactly(new Gap(3 * 3_600_000L, 4 * 3_600_000L, 2),
                new Gap(7 * 3_600_000L, 7 * 3_600_000L, 1));
    }

    @Test
    void aContiguousSeriesHasNoGaps() {
        assertThat(GapDetector.find(bars(0, 1, 2, 3), Timeframe.H1)).isEmpty();
        assertThat(GapDetector.find(CandleSeries.empty(), Timeframe.H1)).isEmpty();
    }
}
