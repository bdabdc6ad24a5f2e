package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.MtfTrendStrategy;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.strategy.StrategyJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

/** The honest built-ins, with their defaults, are not flagged: on a random walk and on real Coinbase 4h bars. */
class LookaheadBuiltInsTest {

    private static final String RULE_JSON = """
            {"name": "rule-example", "side": "long",
             "entry": {"crosses_above": ["sma(20)", "sma(100)"]},
             "exit": {"any": [{"crosses_below": ["sma(20)", "sma(100)"]}, {"above": ["rsi(14)", 75]}]}}
            """;

    /** Every catalogued built-in with its defaults, the multi-timeframe one included, and one JSON rule strategy. */
    static Stream<Strategy> strategies() {
        StrategyCatalog builtIn = StrategyCatalog.builtIn();
        StrategyCatalog catalog = builtIn.find(MtfTrendStrategy.ID).isPresent() ? builtIn
                : builtIn.with(MtfTrendStrategy.descriptor());
        List<Strategy> all = new ArrayList<>(catalog.ids().stream()
                .map(id -> catalog.create(id, Map.of())).toList());
        all.add(StrategyJson.parse(RULE_JSON));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void passesOnARandomWalk(Strategy strategy) {
        BarTape tape = LookaheadTestTapes.randomWalk(4_000, 17, HOUR);
        assertPasses(strategy, tape);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void passesOnCoinbase4h(Strategy strategy) {
        assertPasses(strategy, LookaheadTestTapes.coinbaseBtcUsd4h());
    }

    private static void assertPasses(Strategy strategy, BarTape tape) {
        LookaheadReport report = new LookaheadCheck().run(strategy, tape);
        assertThat(report.passed()).as(String.join("\n", report.lines())).isTrue();
        assertThat(report.signals()).as("%s gives signals, so the check means something", strategy.label())
                .isPositive();
        assertThat(report.cutPointsChecked()).isEqualTo(report.cutPointsPlanned()).isGreaterThan(50);
    }
}
