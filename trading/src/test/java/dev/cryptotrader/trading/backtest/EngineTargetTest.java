package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.cryptotrader.trading.backtest.EngineFixtures.bar;
import static dev.cryptotrader.trading.backtest.EngineFixtures.tape;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Take-profit targets beside the protective stop: one of the two closes the position, the other is cancelled. */
class EngineTargetTest {

    private static final double NO = Double.NaN;
    private final BacktestEngine engine = new BacktestEngine();
    private final BacktestConfig free = BacktestConfig.defaults(10_000, CostModel.FREE);

    private static Signals longWithStopAndTarget(int bars, double stop, double target) {
        byte[] actions = new byte[bars];
        double[] stops = new double[bars];
        double[] targets = new double[bars];
        java.util.Arrays.fill(stops, NO);
        java.util.Arrays.fill(targets, NO);
        actions[1] = ENTER_LONG;
        stops[1] = stop;
        targets[1] = target;
        return new Signals(actions, stops, targets, Map.of());
    }

    @Test
    void theTargetTakesTheProfitAtItsLevelAsAMakerFillAndTheStopIsCancelled() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long: stop 95, target 110
                bar(100, 105, 97, 104), // filled at the 100 open (100 units); neither level reached
                bar(104, 112, 103, 111), // the high reaches 110: out at 110
                bar(111, 111, 90, 91)); // would have hit the stop: it was cancelled
        var run = engine.run(tape, longWithStopAndTarget(5, 95, 110), "target", free);

        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "target");
        assertThat(run.fills().get(1).price()).isEqualTo(110);
        assertThat(run.fills().get(1).maker()).isTrue();
        assertThat(run.fills().get(1).barIndex()).isEqualTo(3);
        assertThat(run.trades()).singleElement().satisfies(t -> assertThat(t.pnl()).isCloseTo(1_000, within(1e-9)));
        assertThat(run.equity()[4]).as("flat after the target").isCloseTo(11_000, within(1e-9));
    }

    @Test
    void whenOneBarReachesBothTheStopWinsThePessimisticOutcome() {
        var tape = tape(
                bar(100, 101, 99, 100),
                bar(100, 101, 99, 100), // enter long: stop 95, target 110
                bar(100, 101, 99, 100), // filled at 100
                bar(100, 112, 94, 100), // high above 110 and low below 95 in one bar: which came first is unknown
                bar(100, 101, 99, 100));
        var run = engine.run(tape, longWithStopAndTarget(5, 95, 110), "both", free);

        assertThat(run.fills()).extracting(Fill::tag).containsExactly("entry", "stop");
        assertThat(run.fills().get(1).price()).isEqualTo(95);
        assertThat(run.trades().getFirst().pnl()).isCloseTo(-500, within(1e-9));
    }
}
