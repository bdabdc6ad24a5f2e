package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.StopLossRule;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Any ta4j strategy runs through the adapter and decides as BarSeriesManager does, record-reading rules included. */
class Ta4jStrategyAdapterTest {

    private final BarTape tape = Tapes.centWalk(5_000, 21);

    @Test
    void aStopLossRuleReadsTheRecordFilledAtTheNextOpen() {
        Ta4jStrategyAdapter adapter = new Ta4jStrategyAdapter("sma-with-stop", Map.of("stop", 0.5), 50,
                series -> {
                    var close = new ClosePriceIndicator(series);
                    var fast = new SMAIndicator(close, 10);
                    var slow = new SMAIndicator(close, 50);
                    var strategy = new BaseStrategy(new CrossedUpIndicatorRule(fast, slow),
                            new CrossedDownIndicatorRule(fast, slow).or(new StopLossRule(close, 0.5)), 50);
                    return new Ta4jStrategyAdapter.Form(strategy, Map.of("sma(10)", fast));
                });
        Signals signals = adapter.signals(tape);
        BarSeries series = TapeBarSeries.of(tape, DoubleNumFactory.getInstance());
        var reference = adapter.form().apply(series).strategy();
        assertMatchesManager(signals.actions(), new BarSeriesManager(series).run(reference), Signal.ENTER_LONG,
                Signal.EXIT_LONG);
        assertThat(signals.indicators().get("sma(10)")[8]).isNaN();
        assertThat(signals.indicators().get("sma(10)")[9]).isNotNaN();
        assertThat(adapter.label()).isEqualTo("sma-with-stop(stop=0.5)");
    }

    @Test
    void aStrategyStartingWithSellGivesShortSignals() {
        BarSeries series = TapeBarSeries.of(tape, DoubleNumFactory.getInstance());
        var close = new ClosePriceIndicator(series);
        var fast = new SMAIndicator(close, 5);
        var slow = new SMAIndicator(close, 30);
        var shortCross = new BaseStrategy("short", new CrossedDownIndicatorRule(fast, slow),
                new CrossedUpIndicatorRule(fast, slow), 30, TradeType.SELL);
        byte[] actions = Ta4jStrategyAdapter.actions(series, shortCross, 30);
        var record = new BarSeriesManager(series).run(shortCross, TradeType.SELL);
        assertMatchesManager(actions, record, Signal.ENTER_SHORT, Signal.EXIT_SHORT);
        assertThat(actions).isEqualTo(new SmaCross(5, 30, true).signals(tape).actions());
    }

    private static void assertMatchesManager(byte[] actions, TradingRecord record, byte enter, byte exit) {
        assertThat(record.getPositions()).hasSizeGreaterThan(10);
        int count = 0;
        for (byte a : actions) {
            count += a == Signal.NONE ? 0 : 1;
            assertThat(a).isIn(Signal.NONE, enter, exit);
        }
        for (Position p : record.getPositions()) {
            assertThat(actions[p.getEntry().getIndex() - 1]).isEqualTo(enter);
            assertThat(actions[p.getExit().getIndex() - 1]).isEqualTo(exit);
        }
        assertThat(count).isBetween(2 * record.getPositions().size(), 2 * record.getPositions().size() + 2);
    }
}
