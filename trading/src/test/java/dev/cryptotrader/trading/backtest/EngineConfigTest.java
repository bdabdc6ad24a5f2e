package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.execution.CostModel;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.cryptotrader.trading.backtest.EngineFixtures.config;
import static dev.cryptotrader.trading.backtest.EngineFixtures.fiveBars;
import static dev.cryptotrader.trading.backtest.EngineFixtures.signals;
import static dev.cryptotrader.trading.backtest.strategy.Signal.NONE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused before anything runs, with a message that names the value. */
class EngineConfigTest {

    private final BacktestEngine engine = new BacktestEngine();
    private final Signals quiet = signals(NONE, NONE, NONE, NONE, NONE);

    private void assertRefused(BacktestConfig config, String message) {
        assertThatThrownBy(() -> engine.run(fiveBars(), quiet, "bad", config))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void capitalMustBePositive() {
        assertRefused(BacktestConfig.defaults(0, CostModel.FREE), "capital must be > 0, was 0.0");
        assertRefused(BacktestConfig.defaults(-5, CostModel.FREE), "capital must be > 0, was -5.0");
        assertRefused(BacktestConfig.defaults(Double.NaN, CostModel.FREE), "capital must be > 0, was NaN");
    }

    @Test
    void sizingValuesMustBeInRange() {
        assertRefused(config(1_000, CostModel.FREE, new Sizing.FractionOfEquity(1.5), false, 0),
                "fraction of equity must be in (0, 1] (1 is 100%), was 1.5");
        assertRefused(config(1_000, CostModel.FREE, new Sizing.FractionOfEquity(0), false, 0),
                "fraction of equity must be in (0, 1] (1 is 100%), was 0.0");
        assertRefused(config(1_000, CostModel.FREE, new Sizing.FixedQuantity(-1), false, 0),
                "fixed quantity must be > 0, was -1.0");
        assertRefused(config(1_000, CostModel.FREE, new Sizing.RiskPercent(0), false, 0),
                "risk per trade must be in (0, 1] (1 is 100%), was 0.0");
        assertRefused(config(1_000, CostModel.FREE, new Sizing.CappedKelly(2), false, 0),
                "Kelly cap must be in (0, 1] (1 is 100%), was 2.0");
        assertRefused(config(1_000, CostModel.FREE, null, false, 0), "the sizing is missing");
        assertRefused(config(1_000, null, Sizing.ALL_IN, false, 0), "the cost model is missing");
    }

    @Test
    void tradeFromMustFallInsideTheTape() {
        assertRefused(config(1_000, CostModel.FREE, Sizing.ALL_IN, false, -1), "trade-from must be >= 0, was bar -1");
        assertRefused(config(1_000, CostModel.FREE, Sizing.ALL_IN, false, 5),
                "trade-from is bar 5, but the tape 'test' has only 5 bars");
    }

    @Test
    void aNegativeFeeIsRefusedWhereTheCostsAreMade() {
        assertThatThrownBy(() -> CostModel.flat(-10, 0, 5)).hasMessage("fee must be >= 0 bps, was -10.0");
    }

    @Test
    void signalsMustCoverTheTape() {
        assertThatThrownBy(() -> engine.run(fiveBars(), signals(NONE, NONE), "short",
                BacktestConfig.defaults(1_000, CostModel.FREE)))
                .hasMessage("signals cover 2 bars, but the tape 'test' has 5");
    }

    @Test
    void aTapeNoLongerThanTheWarmUpIsRefusedNamingTheStrategy() {
        Strategy slow = new Strategy() {
            @Override
            public String id() {
                return "sma-cross";
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of("slow", 100.0);
            }

            @Override
            public int warmUp() {
                return 100;
            }

            @Override
            public Signals signals(BarTape tape) {
                throw new AssertionError("must not be asked for signals");
            }
        };
        assertThatThrownBy(() -> engine.run(fiveBars(), slow, BacktestConfig.defaults(1_000, CostModel.FREE)))
                .hasMessage("the tape 'test' has 5 bars, but sma-cross(slow=100) needs more than its warm-up of"
                        + " 100 bars");
    }

    @Test
    void aRunNeedsALabel() {
        assertThatThrownBy(() -> engine.run(fiveBars(), quiet, " ", BacktestConfig.defaults(1_000, CostModel.FREE)))
                .hasMessage("the run needs a label");
    }
}
