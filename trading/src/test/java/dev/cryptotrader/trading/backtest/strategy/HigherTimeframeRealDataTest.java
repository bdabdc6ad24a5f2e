package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Resampler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Coinbase BTC-USD 4h (with its real gaps) resampled to 1d; skipped when ../shared/data is absent. */
class HigherTimeframeRealDataTest {

    @Test
    void dailyBarsFromCoinbase4hMatchBruteForceAndTheExactResampler() {
        CandleSeries candles = LookaheadTestTapes.coinbaseBtcUsd4hCandles();
        BarTape base = LookaheadTestTapes.coinbaseBtcUsd4h();
        BarTape daily = HigherTimeframe.resample(base, Timeframe.D1.millis());
        assertThat(daily.size()).isGreaterThan(3_400);

        HigherTimeframeBruteForce.assertSameBars(daily, HigherTimeframeBruteForce.resample(base, Timeframe.D1.millis()));

        // The storage resampler works on exact mantissas; its complete buckets must be the same days and values.
        CandleSeries exact = Resampler.resample(candles, Timeframe.H4, Timeframe.D1).completeBuckets();
        assertThat(daily.size()).isEqualTo(exact.size());
        for (int j = 0; j < daily.size(); j++) {
            assertThat(daily.openTime()[j]).isEqualTo(exact.openTime(j));
            assertThat(daily.open()[j]).isEqualTo(exact.open(j));
            assertThat(daily.high()[j]).isEqualTo(exact.high(j));
            assertThat(daily.low()[j]).isEqualTo(exact.low(j));
            assertThat(daily.close()[j]).isEqualTo(exact.close(j));
            assertThat(daily.volume()[j]).isCloseTo(exact.volume(j), within(1e-9 * (1 + exact.volume(j))));
        }
    }

    @Test
    void no4hBarSeesADayThatHasNotClosed() {
        BarTape base = LookaheadTestTapes.coinbaseBtcUsd4h();
        HigherTimeframe higher = HigherTimeframe.resampledFrom(base, Timeframe.D1.millis());
        BarTape daily = higher.htf();
        for (int i = 0; i < base.size(); i++) {
            assertThat(higher.lastClosed(i)).as("4h bar %d", i)
                    .isEqualTo(HigherTimeframeTest.bruteForceLastClosed(base, daily, i));
        }
    }
}
