package dev.cryptotrader.trading.backtest.metrics;

import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.execution.PositionSide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every metric against values worked out by hand on series small enough to check on paper. */
class MetricsCalculatorTest {

    static final long DAY = 86_400_000L;
    /** Five bars of 73 days make exactly one 365-day year: CAGR equals the total return, √5 annualises. */
    static final long BAR_73_DAYS = 73 * DAY;
    static final double EPS = 1e-12;

    /** Returns +10%, −10%, +10%, +20%, −10% on 100 of capital. */
    static final double[] FIVE_BARS = {110, 99, 108.9, 130.68, 117.612};

    static Trade trade(double pnl) {
        return new Trade(PositionSide.LONG, 0, DAY, 0, 1, 1, 100, 100 + pnl, 1, pnl);
    }

    static MetricsInput input(double[] equity, long barMillis, List<Trade> trades, int barsInMarket) {
        return new MetricsInput(100, equity, barMillis, trades, barsInMarket, 3, 200, 250);
    }

    @Test
    void equityMetricsOfAFiveBarCurve() {
        Metrics m = MetricsCalculator.compute(input(FIVE_BARS, BAR_73_DAYS, List.of(), 3));

        assertThat(m.netProfit()).isCloseTo(17.612, within(EPS));
        assertThat(m.totalReturn()).isCloseTo(0.17612, within(EPS));
        assertThat(m.cagr()).isCloseTo(0.17612, within(EPS)); // one year exactly
        // mean 0.04; deviations .06 −.14 .06 .16 −.14, squares sum to .072, sample variance .072 / 4 = .018
        assertThat(m.sharpe()).isCloseTo(0.04 / Math.sqrt(0.018) * Math.sqrt(5), within(1e-9));
        // downside: two returns of −0.1 over all five → (2 × 0.01) / 5 = 0.004
        assertThat(m.sortino()).isCloseTo(0.04 / Math.sqrt(0.004) * Math.sqrt(5), within(1e-9));
        // 110 → 99 and 130.68 → 117.612 both fall 10%
        assertThat(m.maxDrawdown()).isCloseTo(0.1, within(EPS));
        assertThat(m.calmar()).isCloseTo(1.7612, within(1e-9));
        // peak at bar 0 (110), regained at bar 3: 3 bars; the last dip (from bar 3 to the end) lasts 1
        assertThat(m.maxDrawdownBars()).isEqualTo(3);
        assertThat(m.exposure()).isCloseTo(0.6, within(EPS));
        assertThat(m.fees()).isEqualTo(3);
        assertThat(m.buyAndHoldReturn()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void tradeMetricsOfThreeTrades() {
        Metrics m = MetricsCalculator.compute(input(FIVE_BARS, BAR_73_DAYS,
                List.of(trade(30), trade(-10), trade(5)), 3));

        assertThat(m.trades()).isEqualTo(3);
        assertThat(m.winRate()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(m.profitFactor()).isCloseTo(35.0 / 10, within(EPS));
        assertThat(m.expectancy()).isCloseTo(25.0 / 3, within(EPS));
        assertThat(m.averageWin()).isCloseTo(17.5, within(EPS));
        assertThat(m.averageLoss()).isCloseTo(-10, within(EPS));
        // mean 25/3, sample variance 1225/3, stdev 35/√3: SQN = √3 × (25/3) / (35/√3) = 25/35
        assertThat(m.sqn()).isCloseTo(5.0 / 7, within(EPS));
    }

    @Test
    void cagrCompoundsOverYearsOf365Days() {
        double[] tenBars = {100, 100, 100, 100, 100, 100, 100, 100, 100, 121};
        Metrics m = MetricsCalculator.compute(input(tenBars, BAR_73_DAYS, List.of(), 0)); // two years
        assertThat(m.cagr()).isCloseTo(0.1, within(EPS)); // 1.1² = 1.21
        assertThat(m.exposure()).isZero();
    }

    @Test
    void noTradesAndFlatEquityLeaveTheRatiosUndefined() {
        Metrics m = MetricsCalculator.compute(input(new double[]{100, 100, 100}, DAY, List.of(), 0));

        assertThat(m.netProfit()).isZero();
        assertThat(m.totalReturn()).isZero();
        assertThat(m.cagr()).isZero();
        assertThat(m.sharpe()).as("no variance, no Sharpe").isNaN();
        assertThat(m.sortino()).as("no downside, no Sortino").isNaN();
        assertThat(m.maxDrawdown()).isZero();
        assertThat(m.maxDrawdownBars()).isZero();
        assertThat(m.calmar()).as("no drawdown, no Calmar").isNaN();
        assertThat(m.trades()).isZero();
        assertThat(m.winRate()).isNaN();
        assertThat(m.profitFactor()).isNaN();
        assertThat(m.expectancy()).isNaN();
        assertThat(m.averageWin()).isNaN();
        assertThat(m.averageLoss()).isNaN();
        assertThat(m.sqn()).isNaN();
    }

    @Test
    void aConstantReturnHasNoVarianceAndSoNoSharpe() {
        Metrics m = MetricsCalculator.compute(input(new double[]{200, 400, 800, 1600}, DAY, List.of(), 4));
        assertThat(m.totalReturn()).isEqualTo(15);
        assertThat(m.sharpe()).as("every return is +100%").isNaN();
        assertThat(m.sortino()).isNaN();
    }

    @Test
    void allWinnersHaveNoProfitFactorAndNoAverageLoss() {
        Metrics m = MetricsCalculator.compute(input(new double[]{101, 103, 106}, DAY,
                List.of(trade(1), trade(2), trade(3)), 3));

        assertThat(m.winRate()).isEqualTo(1);
        assertThat(m.profitFactor()).as("gross loss 0").isNaN();
        assertThat(m.averageLoss()).isNaN();
        assertThat(m.averageWin()).isCloseTo(2, within(EPS));
        assertThat(m.sqn()).isCloseTo(Math.sqrt(3) * 2 / 1, within(EPS)); // mean 2, stdev 1
        assertThat(m.sortino()).as("no losing bar").isNaN();
        assertThat(m.sharpe()).isFinite().isPositive();
    }

    @Test
    void aBreakEvenTradeCountsButIsNeitherWinNorLoss() {
        Metrics m = MetricsCalculator.compute(input(FIVE_BARS, DAY, List.of(trade(4), trade(0), trade(-2)), 3));
        assertThat(m.trades()).isEqualTo(3);
        assertThat(m.winRate()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(m.profitFactor()).isCloseTo(2, within(EPS));
        assertThat(m.expectancy()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void theLongestDrawdownIsNotAlwaysTheDeepest() {
        // under water from the initial 100 (before bar 0) until bar 3: 4 bars;
        // then 101 → 60 (−40.6%), regained at the next close
        double[] equity = {99, 98, 97, 101, 60, 102};
        Metrics m = MetricsCalculator.compute(input(equity, DAY, List.of(), 0));
        assertThat(m.maxDrawdown()).isCloseTo(41.0 / 101, within(EPS));
        assertThat(m.maxDrawdownBars()).isEqualTo(4);
    }

    @Test
    void aDrawdownNeverRegainedLastsToTheEnd() {
        Metrics m = MetricsCalculator.compute(input(new double[]{90, 80, 85}, DAY, List.of(), 0));
        assertThat(m.maxDrawdown()).isCloseTo(0.2, within(EPS));
        assertThat(m.maxDrawdownBars()).as("from the initial capital to the last close").isEqualTo(3);
        assertThat(m.netProfit()).isCloseTo(-15, within(EPS));
    }

    @Test
    void regainingThePeakExactlyEndsTheDrawdown() {
        Metrics m = MetricsCalculator.compute(input(new double[]{100, 90, 100, 100, 95}, DAY, List.of(), 0));
        assertThat(m.maxDrawdownBars()).isEqualTo(2); // bar 0 → bar 2; the dip at the end lasts 1 (from bar 3)
    }

    @Test
    void aSingleBarHasNoSpreadOfReturns() {
        Metrics m = MetricsCalculator.compute(input(new double[]{105}, DAY, List.of(trade(5)), 1));
        assertThat(m.totalReturn()).isCloseTo(0.05, within(EPS));
        assertThat(m.sharpe()).isNaN();
        assertThat(m.sortino()).isNaN();
        assertThat(m.sqn()).as("one trade has no stdev").isNaN();
        assertThat(m.cagr()).isCloseTo(Math.pow(1.05, 365) - 1, within(1e-3)); // about 5.6e7
    }

    @Test
    void equityAtZeroIsATotalLossAndBelowZeroHasNoCagrOrSharpe() {
        Metrics wiped = MetricsCalculator.compute(input(new double[]{50, 0}, DAY, List.of(), 2));
        assertThat(wiped.cagr()).isEqualTo(-1);
        assertThat(wiped.maxDrawdown()).isEqualTo(1);

        Metrics negative = MetricsCalculator.compute(input(new double[]{50, -10, 20}, DAY, List.of(), 3));
        assertThat(negative.cagr()).isCloseTo(Math.pow(0.2, 365.0 / 3) - 1, within(EPS));
        assertThat(negative.sharpe()).as("a return on negative equity means nothing").isNaN();
        assertThat(negative.maxDrawdown()).as("a loss beyond the capital").isCloseTo(1.1, within(EPS));

        Metrics endsNegative = MetricsCalculator.compute(input(new double[]{50, -10}, DAY, List.of(), 2));
        assertThat(endsNegative.cagr()).isNaN();
        assertThat(endsNegative.totalReturn()).isCloseTo(-1.1, within(EPS));
    }
}
