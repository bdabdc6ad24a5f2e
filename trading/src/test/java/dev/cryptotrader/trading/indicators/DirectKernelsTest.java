package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The direct kernels (SMA, EMA, RSI, ATR) match the ta4j path within 1e-9 relative, NaNs in the same places. */
class DirectKernelsTest {

    private static final double RELATIVE = 1e-9;

    @Test
    void kernelsMatchTa4jOnCoinbaseBtcUsd4h() {
        assertKernelsMatchTa4j(RealData.coinbaseBtcUsd4h());
    }

    @Test
    void kernelsMatchTa4jOnSyntheticSeries() {
        assertKernelsMatchTa4j(SyntheticCandles.randomWalk(5_000, 11));
        assertKernelsMatchTa4j(SyntheticCandles.closes(10, 10, 10, 10, 11, 12, 11, 11, 9, 9, 9, 9, 13, 12, 15));
        assertKernelsMatchTa4j(SyntheticCandles.closes(5));
        assertKernelsMatchTa4j(CandleSeries.empty());
    }

    @Test
    void onlySmaEmaRsiAndAtrHaveKernels() {
        CandleSeries candles = SyntheticCandles.randomWalk(50, 1);
        assertThat(DirectKernels.compute(candles, new IndicatorSpec.Sma(5))).isPresent();
        assertThat(DirectKernels.compute(candles, new IndicatorSpec.Ema(5))).isPresent();
        assertThat(DirectKernels.compute(candles, new IndicatorSpec.Rsi(5))).isPresent();
        assertThat(DirectKernels.compute(candles, new IndicatorSpec.Atr(5))).isPresent();
        assertThat(DirectKernels.compute(candles, IndicatorKind.BOLLINGER.defaultSpec())).isEmpty();
        assertThat(DirectKernels.compute(candles, IndicatorKind.MACD.defaultSpec())).isEmpty();
        assertThat(DirectKernels.compute(candles, IndicatorKind.STOCHASTIC.defaultSpec())).isEmpty();
    }

    private static void assertKernelsMatchTa4j(CandleSeries candles) {
        IndicatorSession session = Indicators.session(candles);
        List<IndicatorSpec> specs = List.of(new IndicatorSpec.Sma(1), new IndicatorSpec.Sma(20),
                new IndicatorSpec.Sma(200), new IndicatorSpec.Ema(1), new IndicatorSpec.Ema(20),
                new IndicatorSpec.Ema(200), new IndicatorSpec.Rsi(2), new IndicatorSpec.Rsi(14),
                new IndicatorSpec.Atr(1), new IndicatorSpec.Atr(14));
        for (IndicatorSpec spec : specs) {
            IndicatorLine kernel = DirectKernels.compute(candles, spec).orElseThrow().main();
            IndicatorLine ta4j = session.computeWithTa4j(spec).main();
            assertThat(kernel.name()).isEqualTo(ta4j.name());
            assertThat(kernel.warmUp()).as("%s warm-up", spec).isEqualTo(ta4j.warmUp());
            assertThat(kernel.size()).isEqualTo(candles.size());
            for (int i = 0; i < kernel.size(); i++) {
                double k = kernel.value(i);
                double t = ta4j.value(i);
                boolean same = Double.isNaN(t) ? Double.isNaN(k) : Math.abs(k - t) <= RELATIVE * Math.abs(t);
                if (!same) {
                    fail("%s bar %d of %d: kernel %s, ta4j %s", spec, i, candles.size(), k, t);
                }
            }
        }
    }
}
