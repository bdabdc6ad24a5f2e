package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Position;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNumFactory;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every fast built-in gives exactly the actions of its ta4j form (ta4j indicators and rules, run through the
 * adapter), and its indicator columns match ta4j's within 1e-9 relative with NaNs in the same places: on real
 * Coinbase 4h candles, on the demo's ETH 5m candles and on synthetic walks (whole-dollar ones are full of ties).
 */
class Ta4jEquivalenceTest {

    private static final double RELATIVE = 1e-9;

    static List<Strategy> variants() {
        return List.of(new SmaCross(20, 100), new SmaCross(5, 20), new SmaCross(10, 50, true), new SmaCross(1, 2),
                new EmaCross(12, 26), new EmaCross(5, 50, true), new EmaCross(1, 3),
                new RsiReversion(14, 30, 70), new RsiReversion(2, 10, 90), new RsiReversion(7, 25.5, 60),
                new BollingerReversion(20, 2), new BollingerReversion(10, 1.5), new BollingerReversion(50, 2.5),
                new BollingerBreakout(20, 2), new BollingerBreakout(10, 1),
                new MacdCross(12, 26, 9), new MacdCross(5, 35, 5, true), new MacdCross(3, 10, 16),
                new DonchianBreakout(20, 10), new DonchianBreakout(55, 20), new DonchianBreakout(5, 30));
    }

    @Test
    void coinbaseBtcUsd4h() {
        BarTape tape = Tapes.coinbaseBtcUsd4h();
        assertThat(tape.size()).isGreaterThan(20_000);
        int withTrades = assertEquivalent(tape);
        assertThat(withTrades).as("variants that traded on 9 years of 4h bars").isEqualTo(variants().size());
    }

    @Test
    void demoEthUsd5m() {
        BarTape tape = Tapes.demoEthUsd5m();
        assertThat(tape.size()).isGreaterThan(500);
        assertThat(assertEquivalent(tape)).isGreaterThan(variants().size() / 2);
    }

    @Test
    void syntheticWalks() {
        for (long seed = 1; seed <= 2; seed++) {
            assertEquivalent(Tapes.wholeDollarWalk(3_000, seed));
            assertEquivalent(Tapes.centWalk(3_000, seed));
        }
    }

    @Test
    void theAdapterTradesAsBarSeriesManagerDoes() {
        BarTape tape = Tapes.coinbaseBtcUsd4h();
        BarSeries series = TapeBarSeries.of(tape, DoubleNumFactory.getInstance());
        TradingRecord record = new BarSeriesManager(series).run(Ta4jForms.smaCross(series, 20, 100));
        byte[] actions = new SmaCross(20, 100).signals(tape).actions();
        List<Position> positions = record.getPositions();
        assertThat(positions).hasSizeGreaterThan(50);
        for (Position p : positions) { // BarSeriesManager fills at the next bar's open
            assertThat(actions[p.getEntry().getIndex() - 1]).isEqualTo(Signal.ENTER_LONG);
            assertThat(actions[p.getExit().getIndex() - 1]).isEqualTo(Signal.EXIT_LONG);
        }
        long signalled = 0;
        for (byte a : actions) {
            signalled += a == Signal.NONE ? 0 : 1;
        }
        assertThat(signalled).isBetween(2L * positions.size(), 2L * positions.size() + 2);
    }

    @Test
    void decimalNumGivesTheSameActionsOnRealData() {
        BarTape tape = Tapes.coinbaseBtcUsd4h();
        var strategy = new SmaCross(20, 100);
        byte[] decimal = Ta4jForms.adapter(strategy).withNumbers(DecimalNumFactory.getInstance()).signals(tape)
                .actions();
        assertThat(decimal).isEqualTo(strategy.signals(tape).actions());
    }

    /** Asserts every variant on the tape; returns how many of them traded at all. */
    private static int assertEquivalent(BarTape tape) {
        int traded = 0;
        IndicatorColumns columns = new IndicatorColumns(tape);
        for (Strategy strategy : variants()) {
            Signals fast = columns.signals(strategy);
            Signals reference = Ta4jForms.adapter(strategy).signals(tape);
            assertSameActions(tape, strategy, fast.actions(), reference.actions());
            assertSameColumns(strategy, fast.indicators(), reference.indicators());
            for (byte a : fast.actions()) {
                if (a != Signal.NONE) {
                    traded++;
                    break;
                }
            }
        }
        return traded;
    }

    private static void assertSameActions(BarTape tape, Strategy strategy, byte[] fast, byte[] reference) {
        for (int i = 0; i < fast.length; i++) {
            if (fast[i] != reference[i]) {
                fail(strategy.label() + " on " + tape.name() + ": bar " + i + " is " + Signal.name(fast[i])
                        + ", ta4j says " + Signal.name(reference[i]));
            }
        }
        assertThat(fast).hasSameSizeAs(reference);
    }

    private static void assertSameColumns(Strategy strategy, Map<String, double[]> fast,
                                          Map<String, double[]> reference) {
        assertThat(fast.keySet()).as(strategy.label()).isEqualTo(reference.keySet());
        fast.forEach((name, values) -> {
            double[] expected = reference.get(name);
            for (int i = 0; i < values.length; i++) {
                String where = strategy.label() + " " + name + " at bar " + i;
                if (Double.isNaN(expected[i])) {
                    assertThat(values[i]).as(where).isNaN();
                } else {
                    double tolerance = RELATIVE * Math.max(1, Math.abs(expected[i]));
                    assertThat(Math.abs(values[i] - expected[i])).as(where + ": " + values[i] + " vs " + expected[i])
                            .isLessThanOrEqualTo(tolerance);
                }
            }
        });
    }
}
