package dev.cryptotrader.trading.backtest.strategy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The declarative form: both shapes read, written back, and every kind of mistake named with its JSON path. */
class StrategyJsonTest {

    static final String EXAMPLE = """
            {"name": "my-rule",
             "entry": {"crosses_above": ["sma(20)", "sma(100)"]},
             "exit": {"any": [{"crosses_below": ["sma(20)", "sma(100)"]}, {"above": ["rsi(14)", 75]}]}}""";

    @Test
    void readsABuiltInWithParameters() {
        assertThat(StrategyJson.parse("{\"strategy\":\"sma-cross\",\"params\":{\"fast\":20,\"slow\":100}}"))
                .isEqualTo(new SmaCross(20, 100));
        assertThat(StrategyJson.parse("{\"strategy\":\"macd-cross\"}")).isEqualTo(new MacdCross(12, 26, 9));
        assertThat(StrategyJson.parse("{\"strategy\":\"ema-cross\",\"params\":{\"short\":true}}"))
                .isEqualTo(new EmaCross(12, 26, true));
    }

    @Test
    void readsTheRuleForm() {
        RuleStrategy rule = (RuleStrategy) StrategyJson.parse(EXAMPLE);
        assertThat(rule.label()).isEqualTo("my-rule");
        assertThat(rule.shortSide()).isFalse();
        assertThat(rule.entry()).isEqualTo(new RuleCondition.Compare(RuleCondition.Comparison.CROSSES_ABOVE,
                sma(20), sma(100)));
        assertThat(rule.exit()).isInstanceOf(RuleCondition.Any.class);
        // sma(100) has its first full value at bar 99; a crossing needs the bar before too.
        assertThat(rule.warmUp()).isEqualTo(100);
        Signals s = rule.signals(Tapes.centWalk(400, 3));
        assertThat(s.indicators()).containsOnlyKeys("sma(20)", "sma(100)", "rsi(14)");
        for (int i = 0; i < rule.warmUp(); i++) {
            assertThat(s.actions()[i]).isZero();
        }
    }

    @Test
    void operandsAreForgivingAboutCaseAndSpacesAndNumbersMaySitOnEitherSide() {
        RuleStrategy rule = (RuleStrategy) StrategyJson.parse("""
                {"side": "short", "entry": {"all": [{"below": [" SMA( 20 ) ", "close"]}, {"not": {"above": [70,
                 "rsi(14)"]}}]}, "exit": {"crosses_above": ["bb_upper(20, 2.5)", "high"]}}""");
        assertThat(rule.name()).isEqualTo("rule");
        assertThat(rule.shortSide()).isTrue();
        assertThat(rule.entry().operands().map(RuleOperand::name).toList())
                .containsExactly("sma(20)", "close", "70", "rsi(14)");
        assertThat(rule.exit().operands().map(RuleOperand::name).toList()).containsExactly("bb_upper(20,2.5)", "high");
        byte[] actions = rule.signals(Tapes.centWalk(300, 4)).actions();
        for (byte a : actions) {
            assertThat(a).isIn(Signal.NONE, Signal.ENTER_SHORT, Signal.EXIT_SHORT);
        }
    }

    @Test
    void writesWhatItReads() {
        for (String json : List.of(EXAMPLE, "{\"strategy\":\"bollinger-reversion\",\"params\":{\"k\":1.5}}",
                "{\"side\":\"short\",\"entry\":{\"not\":{\"above\":[\"close\",\"highest(20)\"]}},"
                        + "\"exit\":{\"all\":[{\"below\":[\"macd(12,26)\",\"macd_signal(12,26,9)\"]},"
                        + "{\"above\":[\"atr(14)\",0.5]}]}}")) {
            Strategy first = StrategyJson.parse(json);
            String written = StrategyJson.toJson(first);
            Strategy second = StrategyJson.parse(written);
            assertThat(StrategyJson.toJson(second)).isEqualTo(written);
            assertThat(second.warmUp()).isEqualTo(first.warmUp());
        }
        assertThat(StrategyJson.toJson(new SmaCross(20, 100)))
                .isEqualTo("{\"strategy\":\"sma-cross\",\"params\":{\"fast\":20,\"slow\":100,\"short\":0}}");
    }

    @Test
    void everyOperandKindCompilesAndItsWarmUpIsTa4jsUnstableCount() {
        record Case(String operand, int lookback) {
        }
        List<Case> cases = List.of(new Case("close", 0), new Case("open", 0), new Case("high", 0),
                new Case("low", 0), new Case("volume", 0), new Case("sma(20)", 19), new Case("ema(20)", 20),
                new Case("rsi(14)", 14), new Case("atr(14)", 14), new Case("bb_upper(20,2)", 19),
                new Case("bb_lower(20,2)", 19), new Case("bb_middle(20)", 19), new Case("macd(12,26)", 26),
                new Case("macd_signal(12,26,9)", 26), new Case("macd_signal(3,5,9)", 9), new Case("highest(20)", 20),
                new Case("lowest(7)", 7));
        var series = TapeBarSeries.of(Tapes.centWalk(200, 1), org.ta4j.core.num.DoubleNumFactory.getInstance());
        for (Case c : cases) {
            RuleOperand operand = OperandParser.parse(c.operand());
            assertThat(operand.lookback()).as(c.operand()).isEqualTo(c.lookback());
            var indicator = new RuleCompiler(series).indicator(operand);
            if (!c.operand().startsWith("macd_signal")) { // ta4j counts only the signal EMA's own period there
                assertThat(indicator.getCountOfUnstableBars()).as(c.operand()).isEqualTo(c.lookback());
            }
            assertThat(indicator.getValue(c.lookback()).isNaN()).as(c.operand() + " at its warm-up").isFalse();
            String json = "{\"entry\":{\"above\":[\"" + c.operand() + "\",1]},\"exit\":{\"below\":[\""
                    + c.operand() + "\",1]}}";
            assertThat(StrategyJson.parse(json).warmUp()).as(c.operand()).isEqualTo(c.lookback());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``                                                   || empty document: expected a JSON object
            `{`                                                  || invalid JSON at line 1, column 2
            `{} {}`                                              || invalid JSON at line 1
            `{"entry": 1, "entry": 2}`                           || invalid JSON at line 1
            `[]`                                                 || expected a JSON object, got array
            `{}`                                                 || expected "strategy" (a built-in with "params") or "entry" and "exit" (a rule strategy)
            `{"strategy": 5}`                                    | strategy | expected a strategy id such as "sma-cross", got number
            `{"strategy": "foo"}`                                | strategy | unknown strategy 'foo' (known: sma-cross, ema-cross, rsi-reversion, bollinger-reversion, bollinger-breakout, macd-cross, donchian-breakout, mtf-sma-trend)
            `{"strategy": "sma-cross", "extra": 1}`              | extra | unknown key (a built-in strategy takes: strategy, params)
            `{"strategy": "sma-cross", "params": [20]}`          | params | expected an object of parameter values, got array
            `{"strategy": "sma-cross", "params": {"fats": 20}}`  | params.fats | unknown parameter (sma-cross takes: fast, slow, short, stop_pct, target_pct)
            `{"strategy": "sma-cross", "params": {"fast": "20"}}`| params.fast | expected a number, got string "20"
            `{"strategy": "sma-cross", "params": {"fast": 0}}`   | params.fast | fast must be between 1 and 100000, was 0
            `{"strategy": "sma-cross", "params": {"fast": 2.5}}` | params.fast | fast must be a whole number, was 2.5
            `{"strategy": "sma-cross", "params": {"fast": 100, "slow": 20}}` | params | sma-cross: fast (100) must be less than slow (20)
            `{"entry": {"above": ["close", 1]}}`                 | exit | missing: a rule strategy needs both "entry" and "exit"
            `{"exit": {"above": ["close", 1]}}`                  | entry | missing: a rule strategy needs both "entry" and "exit"
            `{"name": 5, "entry": {}, "exit": {}}`               | name | expected a non-empty string, got number
            `{"name": " ", "entry": {}, "exit": {}}`             | name | expected a non-empty string, got string " "
            `{"side": "both", "entry": {}, "exit": {}}`          | side | expected "long" or "short", got string "both"
            `{"entry": {}, "exit": {}, "foo": 1}`                | foo | unknown key (a rule strategy takes: name, side, entry, exit)
            `{"entry": [], "exit": {}}`                          | entry | expected a condition object like {"above": ["close", "sma(50)"]}, got array
            `{"entry": {}, "exit": {}}`                          | entry | empty condition: expected one of all, any, not, crosses_above, crosses_below, above, below
            `{"entry": {"above": ["close", 1], "below": ["close", 2]}, "exit": {}}` | entry | a condition has exactly one key, got 2 (above, below): put several in {"all": [...]} or {"any": [...]}
            `{"entry": {"abov": ["close", 1]}, "exit": {}}`      | entry.abov | unknown condition 'abov' (known: all, any, not, crosses_above, crosses_below, above, below)
            `{"entry": {"any": []}, "exit": {}}`                 | entry.any | expected a non-empty list of conditions, got array
            `{"entry": {"all": {"above": ["close", 1]}}, "exit": {}}` | entry.all | expected a non-empty list of conditions, got object
            `{"entry": {"not": [{"above": ["close", 1]}]}, "exit": {}}` | entry.not | expected a condition object like {"above": ["close", "sma(50)"]}, got array
            `{"entry": {"above": ["close", 1]}, "exit": {"any": [{"above": ["close", 1]}, {"above": ["rsx(14)", 75]}]}}` | exit.any[1].above[0] | unknown indicator 'rsx(14)' (known: close, open, high, low, volume, sma(period), ema(period)
            `{"entry": {"above": ["close"]}, "exit": {}}`        | entry.above | expected a list of two operands [left, right], got 1 operand
            `{"entry": {"above": ["close", 1, 2]}, "exit": {}}`  | entry.above | expected a list of two operands [left, right], got 3 operands
            `{"entry": {"above": "close"}, "exit": {}}`          | entry.above | expected a list of two operands [left, right], got string "close"
            `{"entry": {"above": [1, 2]}, "exit": {}}`           | entry.above | compares two numbers (1 and 2): one side must be a price or an indicator
            `{"entry": {"above": [true, 2]}, "exit": {}}`        | entry.above[0] | expected a price, an indicator like "sma(20)" or a number, got boolean
            `{"entry": {"above": [null, 2]}, "exit": {}}`        | entry.above[0] | expected a price, an indicator like "sma(20)" or a number, got null
            `{"entry": {"above": [" ", 2]}, "exit": {}}`         | entry.above[0] | empty operand: expected a price, an indicator like sma(20) or a number
            `{"entry": {"below": [2, "sma(20,3)"]}, "exit": {}}` | entry.below[1] | sma takes 1 argument (period), got 2 in 'sma(20,3)'
            `{"entry": {"below": [2, "sma(2.5)"]}, "exit": {}}`  | entry.below[1] | period in 'sma(2.5)' must be a whole number from 1 to 1000000, was 2.5
            `{"entry": {"below": [2, "ema(0)"]}, "exit": {}}`    | entry.below[1] | period in 'ema(0)' must be a whole number from 1 to 1000000, was 0
            `{"entry": {"below": [2, "sma(x)"]}, "exit": {}}`    | entry.below[1] | 'x' in 'sma(x)' is not a number
            `{"entry": {"below": [2, "sma"]}, "exit": {}}`       | entry.below[1] | sma takes 1 argument (period), got 0 in 'sma'
            `{"entry": {"below": [2, "sma(20"]}, "exit": {}}`    | entry.below[1] | unknown indicator 'sma(20' (known: close, open
            `{"entry": {"below": [2, "close(3)"]}, "exit": {}}`  | entry.below[1] | close takes no arguments, got 'close(3)'
            `{"entry": {"below": [2, "macd(26,12)"]}, "exit": {}}` | entry.below[1] | 'macd(26,12)': fast (26) must be less than slow (12)
            `{"entry": {"below": [2, "bb_upper(20,0)"]}, "exit": {}}` | entry.below[1] | k in 'bb_upper(20,0)' must be > 0, was 0
            `{"entry": {"crosses_above": ["close", 1]}, "exit": {"below": ["close", 1e999]}}` | exit.below[1] | number too large for a double
            """)
    void namesTheMistakeAndWhereItIs(String json, String path, String problem) {
        String expectedPath = path == null ? "" : path;
        var error = catchThrowableOfType(StrategyJsonException.class, () -> StrategyJson.parse(json));
        assertThat(error).as(json).isNotNull();
        assertThat(error.path()).as(json).isEqualTo(expectedPath);
        assertThat(error.problem()).as(json).startsWith(problem);
        assertThat(error.getMessage()).isEqualTo(expectedPath.isEmpty() ? error.problem()
                : expectedPath + ": " + error.problem());
    }

    @Test
    void aNullDocumentIsAnEmptyOne() {
        assertThatThrownBy(() -> StrategyJson.parse(null)).hasMessage("empty document: expected a JSON object");
    }

    private static RuleOperand sma(int period) {
        return new RuleOperand.Series(OperandKind.SMA, List.of((double) period));
    }
}
