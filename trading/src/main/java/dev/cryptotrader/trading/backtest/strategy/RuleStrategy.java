package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Rule;
import org.ta4j.core.Trade.TradeType;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A strategy written in the JSON rule form: an entry condition and an exit condition, built on ta4j indicators and
 * rules and run through {@link Ta4jStrategyAdapter} (clear rather than fast). Long by default; {@code shortSide}
 * enters short on the entry condition instead. Its warm-up is the longest operand warm-up, one bar more when a
 * crossing is used (a crossing compares with the bar before).
 */
public final class RuleStrategy implements Strategy {

    private final String name;
    private final boolean shortSide;
    private final RuleCondition entry;
    private final RuleCondition exit;
    private final int warmUp;

    public RuleStrategy(String name, boolean shortSide, RuleCondition entry, RuleCondition exit) {
        this.name = Objects.requireNonNull(name, "name");
        this.shortSide = shortSide;
        this.entry = Objects.requireNonNull(entry, "entry");
        this.exit = Objects.requireNonNull(exit, "exit");
        int lookback = Stream.concat(entry.operands(), exit.operands()).mapToInt(RuleOperand::lookback).max()
                .orElse(0);
        this.warmUp = lookback + (entry.hasCrossing() || exit.hasCrossing() ? 1 : 0);
    }

    public String name() {
        return name;
    }

    public boolean shortSide() {
        return shortSide;
    }

    public RuleCondition entry() {
        return entry;
    }

    public RuleCondition exit() {
        return exit;
    }

    @Override
    public String id() {
        return name;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of();
    }

    @Override
    public int warmUp() {
        return warmUp;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Signals signals(BarTape tape) {
        return adapter().signals(tape);
    }

    /** This strategy as a ta4j strategy on {@code series}, with the indicators it reports. */
    public Ta4jStrategyAdapter.Form toTa4j(BarSeries series) {
        RuleCompiler compiler = new RuleCompiler(series);
        Rule entryRule = compiler.rule(entry);
        Rule exitRule = compiler.rule(exit);
        var strategy = new BaseStrategy(name, entryRule, exitRule, warmUp,
                shortSide ? TradeType.SELL : TradeType.BUY);
        return new Ta4jStrategyAdapter.Form(strategy, compiler.indicators());
    }

    public Ta4jStrategyAdapter adapter() {
        return new Ta4jStrategyAdapter(name, Map.of(), warmUp, this::toTa4j);
    }
}
