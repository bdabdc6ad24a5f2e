package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import org.junit.jupiter.api.Test;

import static dev.cryptotrader.trading.backtest.EngineFixtures.bar;
import static dev.cryptotrader.trading.backtest.EngineFixtures.signals;
import static dev.cryptotrader.trading.backtest.EngineFixtures.tape;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.EXIT_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The protective stop the strategy gives with an entry: placed when the entry fills, cancelled when flat. */
class EngineStopTest {

    private static final double NO = Double.NaN;
    private final BacktestEngine engine = new BacktestEngine();
    private final BacktestConfig free = BacktestConfig.defaults(10_000, CostModel.FREE);

    @Test
    void theStopTakesTheLongOutIntrabarAndALaterExitSignalFindsNothingToClose() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long, stop 97
                bar(100, 101, 99, 100), // filled at 100: 100 units
                bar(99, 100, 96, 98), // the low reaches 97: out at 97
                bar(98, 99, 97, 98));
        var run = engine.run(tape, signals(new byte[]{NONE, ENTER_LONG, NONE, EXIT_LONG, NONE},
                new double[]{NO, 97, NO, NO, NO}), "stop", free);

        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "stop");
        assertThat(run.fills().get(1).price()).isEqualTo(97);
        assertThat(run.fills().get(1).barIndex()).isEqualTo(3);
        assertThat(run.trades().getFirst().pnl()).isCloseTo(-300, within(1e-9)); // 100 × (97 − 100)
        assertThat(run.equity()[4]).isCloseTo(9_700, within(1e-9));
    }

    @Test
    void theStopWorksFromTheEntryBarItself() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long, stop 97
                bar(100, 101, 96, 98), // filled at the 100 open, then the low 96 takes the stop at 97
                bar(98, 99, 97, 98));
        var run = engine.run(tape, signals(new byte[]{NONE, ENTER_LONG, NONE, NONE},
                new double[]{NO, 97, NO, NO}), "stop", free);
        assertThat(run.fills()).extracting(Fill::barIndex).containsExactly(2, 2);
        assertThat(run.equity()[2]).isCloseTo(9_700, within(1e-9));
    }

    @Test
    void aStopTheOpenGapsThroughFillsFirstAndThePendingExitIsCancelledNotTurnedIntoAShort() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long, stop 97
                bar(100, 101, 99, 100), // filled at 100
                bar(99, 100, 98, 98.5), // exit signal at this close; the stop is not reached
                bar(95, 96, 94, 95)); // opens below the stop: the stop fills at 95, then the exit has nothing to do
        var run = engine.run(tape, signals(new byte[]{NONE, ENTER_LONG, NONE, EXIT_LONG, NONE},
                new double[]{NO, 97, NO, NO, NO}), "gap", free);
        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "stop");
        assertThat(run.fills().get(1).price()).isEqualTo(95);
        assertThat(run.equity()[4]).isCloseTo(9_500, within(1e-9));
    }

    @Test
    void anExitSignalCancelsTheStopSoItCannotFireLater() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long, stop 97
                bar(100, 101, 99, 100), // filled at 100; exit signal
                bar(101, 102, 100, 101), // exit at 101
                bar(98, 99, 90, 95)); // would have hit the stop
        var run = engine.run(tape, signals(new byte[]{NONE, ENTER_LONG, EXIT_LONG, NONE, NONE},
                new double[]{NO, 97, NO, NO, NO}), "exit", free);
        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "exit");
        assertThat(run.equity()[4]).isCloseTo(10_100, within(1e-9));
    }
}
