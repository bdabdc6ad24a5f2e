package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.metrics.Metrics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OosIsRatioTest {

    @Test
    void theRatiosAreMeanOutOfSampleOverMeanInSample() {
        OosIsRatio ratio = OosIsRatio.of(List.of(fold(2.0, 0.40, 1.0, 0.10), fold(1.0, 0.20, 0.5, 0.05)));

        assertThat(ratio.meanInSampleSharpe()).isEqualTo(1.5);
        assertThat(ratio.meanOutOfSampleSharpe()).isEqualTo(0.75);
        assertThat(ratio.sharpe()).isEqualTo(0.5);
        assertThat(ratio.annualisedReturn()).isCloseTo(0.075 / 0.30, within(1e-12));
        assertThat(ratio.sharpeFolds()).isEqualTo(2);
    }

    @Test
    void aLosingOutOfSampleMakesTheRatioNegative() {
        assertThat(OosIsRatio.of(List.of(fold(2.0, 0.4, -1.0, -0.2))).sharpe()).isEqualTo(-0.5);
    }

    @Test
    void anInSampleMeanAtOrBelowZeroLeavesNothingToHoldUp() {
        OosIsRatio ratio = OosIsRatio.of(List.of(fold(-1.0, -0.1, 0.5, 0.1), fold(1.0, 0.1, 0.5, 0.1)));

        assertThat(ratio.sharpe()).isNaN();
        assertThat(ratio.annualisedReturn()).isNaN();
        assertThat(OosIsRatio.of(List.of()).sharpe()).isNaN();
    }

    @Test
    void aFlatFoldCountsAsZeroAndAnUndefinedOneIsLeftOut() {
        Metrics flat = metrics(Double.NaN, 0, 0, 0);
        Metrics undefined = metrics(Double.NaN, Double.NaN, 0.1, 0.05);
        OosIsRatio ratio = OosIsRatio.of(List.of(
                new FoldResult(null, Map.of(), "a", metrics(2.0, 0.4, 0.4, 0.1), flat, null, List.of(), null),
                new FoldResult(null, Map.of(), "b", metrics(1.0, 0.2, 0.2, 0.1), undefined, null, List.of(), null),
                fold(2.0, 0.4, 1.0, 0.1)));

        assertThat(ratio.sharpeFolds()).isEqualTo(2); // fold b's out-of-sample Sharpe is undefined, not flat
        assertThat(ratio.meanOutOfSampleSharpe()).isEqualTo(0.5); // (0 + 1) / 2
        assertThat(ratio.sharpe()).isEqualTo(0.25);
    }

    private static FoldResult fold(double isSharpe, double isCagr, double oosSharpe, double oosCagr) {
        return new FoldResult(null, Map.of(), "run", metrics(isSharpe, isCagr, 0.1, 0.1),
                metrics(oosSharpe, oosCagr, 0.1, 0.1), null, List.of(), null);
    }

    static Metrics metrics(double sharpe, double cagr, double totalReturn, double maxDrawdown) {
        return new Metrics(totalReturn * 1000, totalReturn, cagr, sharpe, Double.NaN, Double.NaN, maxDrawdown, 0,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, Double.NaN, 0);
    }
}
