package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.PositionSide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The books always agree: net profit = the sum of the trades' PnL = final equity − capital, and the fees reported are
 * the fees of the fills, whatever the signals, stops, sizing and shorting. Random but seeded walks and signals, so a
 * failure reproduces.
 */
class EngineInvariantTest {

    private static final List<Sizing> SIZINGS = List.of(Sizing.ALL_IN, new Sizing.FractionOfEquity(0.3),
            new Sizing.FixedQuantity(0.5), new Sizing.RiskPercent(0.01), new Sizing.CappedKelly(0.4));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void theBooksAgreeOnRandomWalksAndSignals(int seed) {
        BarTape tape = randomWalk(4_000, seed);
        Signals signals = randomSignals(tape, seed);
        for (Sizing sizing : SIZINGS) {
            for (boolean shorts : new boolean[]{false, true}) {
                var config = new BacktestConfig(10_000, new CostModel(5, 12, 8, 3), sizing, shorts, 150);
                assertBooksAgree(new BacktestEngine().run(tape, signals, "random", config));
            }
        }
    }

    static void assertBooksAgree(BacktestResult run) {
        double capital = run.config().capital();
        double[] equity = run.equity();
        double tradePnl = run.trades().stream().mapToDouble(Trade::pnl).sum();
        double tolerance = 1e-9 * Math.max(capital, Math.abs(equity[equity.length - 1]));
        assertThat(run.metrics().netProfit()).isCloseTo(tradePnl, within(tolerance * 10));
        assertThat(run.metrics().netProfit()).isCloseTo(equity[equity.length - 1] - capital, within(tolerance));
        double fillFees = run.fills().stream().mapToDouble(Fill::fee).sum();
        assertThat(run.metrics().fees()).isCloseTo(fillFees, within(1e-9));
        assertThat(run.trades().stream().mapToDouble(Trade::fees).sum()).isCloseTo(fillFees, within(1e-9));
        assertThat(run.metrics().trades()).isEqualTo(run.trades().size());
        int lastExit = -1;
        for (Trade t : run.trades()) {
            assertThat(t.entryIndex()).isGreaterThanOrEqualTo(Math.max(lastExit, run.config().tradeFrom() + 1));
            assertThat(t.exitIndex()).isGreaterThanOrEqualTo(t.entryIndex());
            assertThat(t.quantity()).isPositive();
            lastExit = t.exitIndex();
        }
        if (!run.config().allowShort()) {
            assertThat(run.trades()).allSatisfy(t -> assertThat(t.side()).isEqualTo(PositionSide.LONG));
        }
    }

    /** Closes wander by up to ±2% a bar, opens gap up to ±0.5% from the last close, wicks up to 1.5%. */
    static BarTape randomWalk(int n, long seed) {
        var random = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double last = 100;
        for (int i = 0; i < n; i++) {
            t[i] = i * 3_600_000L;
            o[i] = last * (1 + random.nextDouble(-0.005, 0.005));
            c[i] = o[i] * (1 + random.nextDouble(-0.02, 0.02));
            h[i] = Math.max(o[i], c[i]) * (1 + random.nextDouble(0.015));
            l[i] = Math.min(o[i], c[i]) * (1 - random.nextDouble(0.015));
            last = c[i];
        }
        return new BarTape("walk " + seed, 3_600_000L, t, o, h, l, c, new double[n]);
    }

    /** A signal on about one bar in twelve, any of the four; entries come with a 3% stop two times in three. */
    static Signals randomSignals(BarTape tape, long seed) {
        var random = new SplittableRandom(seed * 31);
        int n = tape.size();
        byte[] actions = new byte[n];
        double[] stops = new double[n];
        for (int i = 0; i < n; i++) {
            stops[i] = Double.NaN;
            if (random.nextInt(12) == 0) {
                actions[i] = (byte) (1 + random.nextInt(4));
                boolean withStop = random.nextInt(3) > 0;
                if (withStop && actions[i] == Signal.ENTER_LONG) {
                    stops[i] = tape.close()[i] * 0.97;
                } else if (withStop && actions[i] == Signal.ENTER_SHORT) {
                    stops[i] = tape.close()[i] * 1.03;
                }
            }
        }
        return new Signals(actions, stops, Map.of());
    }
}
