package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadCheck;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.Fill;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProtectiveExitsTest {

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();
    private final BarTape walk = Tapes.centWalk(3_000, 7);

    @Test
    void everyBuiltInTakesAStopAndATargetAPercentFromTheEntryClose() {
        Strategy plain = catalog.create("sma-cross", Map.of("fast", 10.0, "slow", 40.0));
        Strategy guarded = catalog.create("sma-cross", Map.of("fast", 10.0, "slow", 40.0, "stop_pct", 2.0,
                "target_pct", 5.0));

        assertThat(plain).as("0 and 0 are the bare strategy").isEqualTo(new SmaCross(10, 40));
        assertThat(guarded.label()).isEqualTo("sma-cross(fast=10, slow=40, short=0, stop_pct=2, target_pct=5)");
        Signals bare = plain.signals(walk);
        Signals s = guarded.signals(walk);
        assertThat(s.actions()).containsExactly(bare.actions());
        int entries = 0;
        for (int i = 0; i < walk.size(); i++) {
            if (s.actions()[i] == Signal.ENTER_LONG) {
                entries++;
                assertThat(s.stops()[i]).isCloseTo(walk.close()[i] * 0.98, within(1e-9));
                assertThat(s.targets()[i]).isCloseTo(walk.close()[i] * 1.05, within(1e-9));
            } else {
                assertThat(s.stops()[i]).isNaN();
                assertThat(s.targets()[i]).isNaN();
            }
        }
        assertThat(entries).isPositive();
    }

    @Test
    void theEngineExitsAtTheLevelsAndRiskSizingGetsItsStop() {
        Strategy guarded = catalog.create("ema-cross", Map.of("fast", 8.0, "slow", 30.0, "stop_pct", 0.1,
                "target_pct", 0.1)); // tight: most trades end at one level or the other
        BacktestConfig risk = new BacktestConfig(10_000, CostModel.flat(10, 0, 5), new Sizing.RiskPercent(0.01),
                false, 0);

        BacktestResult r = new BacktestEngine().run(walk, guarded, risk);

        assertThat(r.fills()).extracting(Fill::tag).contains("stop", "target");
        assertThat(r.trades()).isNotEmpty().allSatisfy(t -> {
            double lossAtStop = t.quantity() * t.entryPrice() * 0.002; // 0.1% to the stop, from a close near the fill
            assertThat(t.pnl()).as("no trade loses much more than the risked 1% of equity")
                    .isGreaterThan(-3 * Math.max(lossAtStop, 100));
        });
        assertThat(r.metrics().netProfit()).isCloseTo(r.trades().stream().mapToDouble(t -> t.pnl()).sum(),
                within(1e-6));
    }

    @Test
    void theLevelsComeFromTheEntryBarOnlySoTheLookaheadCheckPasses() {
        Strategy guarded = catalog.create("donchian-breakout", Map.of("stop_pct", 3.0, "target_pct", 6.0));

        assertThat(new LookaheadCheck().run(guarded, walk).flagged()).isFalse();
    }

    @Test
    void badLevelsAreNamed() {
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("stop_pct", 100.0)))
                .hasMessageContaining("stop_pct").hasMessageContaining("100");
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("target_pct", -1.0)))
                .hasMessageContaining("target_pct");
    }
}
