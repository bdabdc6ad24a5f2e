package dev.cryptotrader.trading.backtest.metrics;

import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.execution.PositionSide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The one-pass calculator against the definitions in docs/METRICS.md written out the slow, obvious way (returns in
 * an array, two-pass variance, a search for each drawdown's recovery), on random curves.
 */
class MetricsDefinitionTest {

    private static final long FOUR_HOURS = 4 * 3_600_000L;

    @Test
    void matchesTheDefinitionsOnRandomCurves() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            int n = 2 + random.nextInt(400);
            double[] equity = new double[n];
            double e = 1_000;
            for (int i = 0; i < n; i++) {
                e *= 1 + (random.nextInt(5) == 0 ? 0 : random.nextGaussian() * 0.02);
                equity[i] = e;
            }
            List<Trade> trades = new ArrayList<>();
            for (int t = random.nextInt(30); t > 0; t--) {
                double pnl = Math.round(random.nextGaussian() * 50 * 100) / 100.0;
                trades.add(new Trade(PositionSide.LONG, 0, 1, 0, 1, 1, 10, 10, 0.1, pnl));
            }
            MetricsInput in = new MetricsInput(1_000, equity, FOUR_HOURS, trades, n / 2, 12.5, 30_000, 31_000);
            assertMatchesDefinitions(in, MetricsCalculator.compute(in));
        }
    }

    private static void assertMatchesDefinitions(MetricsInput in, Metrics m) {
        double[] eq = in.equity();
        int n = eq.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = eq[i] / (i == 0 ? in.initialCapital() : eq[i - 1]) - 1;
        }
        double mean = mean(r);
        double barsPerYear = 365.0 * 24 / 4;
        double downside = 0;
        for (double x : r) {
            downside += Math.min(x, 0) * Math.min(x, 0);
        }
        assertThat(m.sharpe()).isCloseTo(mean / sampleStdev(r) * Math.sqrt(barsPerYear), within(1e-9));
        assertThat(m.sortino()).isCloseTo(mean / Math.sqrt(downside / n) * Math.sqrt(barsPerYear), within(1e-9));

        double deepest = 0;
        int longest = 0;
        for (int peak = -1; peak < n; peak++) {
            double level = peak < 0 ? in.initialCapital() : eq[peak];
            if (!isPeak(in, peak)) {
                continue;
            }
            int end = peak + 1;
            while (end < n && eq[end] < level) {
                deepest = Math.max(deepest, (level - eq[end]) / level);
                end++;
            }
            int span = end < n ? end - peak : n - 1 - peak;
            if (end > peak + 1) {
                longest = Math.max(longest, span);
            }
        }
        assertThat(m.maxDrawdown()).isCloseTo(deepest, within(1e-12));
        assertThat(m.maxDrawdownBars()).isEqualTo(longest);

        double years = n * 4.0 / (365 * 24);
        assertThat(m.cagr()).isCloseTo(Math.pow(eq[n - 1] / 1_000, 1 / years) - 1, within(1e-9));

        double[] pnl = in.trades().stream().mapToDouble(Trade::pnl).toArray();
        if (pnl.length >= 2) {
            assertThat(m.sqn()).isCloseTo(Math.sqrt(pnl.length) * mean(pnl) / sampleStdev(pnl), within(1e-9));
        }
        if (pnl.length > 0) {
            assertThat(m.expectancy()).isCloseTo(mean(pnl), within(1e-9));
        }
    }

    /** A running high: at least the initial capital and every close before it. */
    private static boolean isPeak(MetricsInput in, int index) {
        if (index < 0) {
            return true;
        }
        double level = in.equity()[index];
        if (level < in.initialCapital()) {
            return false;
        }
        for (int j = 0; j < index; j++) {
            if (in.equity()[j] > level) {
                return false;
            }
        }
        return true;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sampleStdev(double[] x) {
        double mean = mean(x);
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (x.length - 1));
    }
}
