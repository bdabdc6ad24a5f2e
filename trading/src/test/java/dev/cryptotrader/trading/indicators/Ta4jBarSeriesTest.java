package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.num.DoubleNum;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Ta4jBarSeriesTest {

    @Test
    void barsReadTheCandlesAsDoubleNums() {
        CandleSeries candles = SyntheticCandles.randomWalk(3, 5);
        BarSeries series = Ta4jBarSeries.of(candles);
        assertThat(series.getBarCount()).isEqualTo(3);
        Bar bar = series.getBar(2);
        assertThat(bar.getClosePrice()).isInstanceOf(DoubleNum.class);
        assertThat(bar.getClosePrice().doubleValue()).isEqualTo(candles.close(2));
        assertThat(bar.getOpenPrice().doubleValue()).isEqualTo(candles.open(2));
        assertThat(bar.getHighPrice().doubleValue()).isEqualTo(candles.high(2));
        assertThat(bar.getLowPrice().doubleValue()).isEqualTo(candles.low(2));
        assertThat(bar.getVolume().doubleValue()).isEqualTo(candles.volume(2));
        assertThat(bar.getBeginTime()).isEqualTo(Instant.ofEpochMilli(candles.openTime(2)));
        assertThat(bar.getTimePeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(bar.getEndTime()).isEqualTo(bar.getBeginTime().plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> bar.addPrice(DoubleNum.valueOf(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void thePeriodIsTheSmallestGapSoMissingBarsDoNotWidenIt() {
        CandleSeries.Builder b = CandleSeries.builder(3, 2, 0);
        b.addMantissas(0, 1, 1, 1, 1, 0).addMantissas(7_200_000, 1, 1, 1, 1, 0).addMantissas(10_800_000, 1, 1, 1, 1, 0);
        assertThat(Ta4jBarSeries.barPeriod(b.build())).isEqualTo(Duration.ofHours(1));
        assertThat(Ta4jBarSeries.barPeriod(SyntheticCandles.randomWalk(10, 5))).isEqualTo(Duration.ofMinutes(1));
        assertThat(Ta4jBarSeries.barPeriod(CandleSeries.empty())).isEqualTo(Duration.ofMinutes(1));
    }

    /** Unbounded, ta4j 0.22.2 re-copies a full 1M-entry cache for every bar past a million (see Ta4jBarSeries). */
    @Test
    void theSeriesIsBoundedToItsOwnSizeSoCachesNeverRegrow() {
        assertThat(Ta4jBarSeries.of(SyntheticCandles.randomWalk(1_234, 5)).getMaximumBarCount()).isEqualTo(1_234);
        assertThat(Ta4jBarSeries.of(CandleSeries.empty()).getMaximumBarCount()).isEqualTo(1);
    }

    /** Past ta4j's one-million-entry cache cap the ta4j path still gives the kernel's (bit-identical) values. */
    @Test
    void valuesStayRightPastAMillionBars() {
        CandleSeries candles = SyntheticCandles.randomWalk(1_000_300, 13);
        IndicatorSession session = Indicators.session(candles);
        IndicatorSpec spec = new IndicatorSpec.Ema(20);
        double[] ta4j = session.computeWithTa4j(spec).main().values();
        double[] kernel = session.compute(spec).main().values();
        for (int i = 999_000; i < candles.size(); i++) {
            assertThat(ta4j[i]).as("bar %d", i).isEqualTo(kernel[i]);
        }
    }
}
