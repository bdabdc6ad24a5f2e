package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each built-in written in the JSON rule form (ta4j indicators and rules, through the adapter) takes the same
 * decisions as the fast built-in, on real candles: the two paths a user can take agree.
 */
class RuleFormEquivalenceTest {

    private static final Map<Strategy, String> SAME = Map.of(
            new SmaCross(20, 100), cross("sma(20)", "sma(100)", "long"),
            new SmaCross(10, 50, true), cross("sma(10)", "sma(50)", "short"),
            new EmaCross(12, 26), cross("ema(12)", "ema(26)", "long"),
            new MacdCross(12, 26, 9), cross("macd(12,26)", "macd_signal(12,26,9)", "long"),
            new RsiReversion(14, 30, 70), rule("{\"crosses_above\": [\"rsi(14)\", 30]}", "{\"above\": [\"rsi(14)\", 70]}"),
            new BollingerReversion(20, 2), rule("{\"crosses_below\": [\"close\", \"bb_lower(20,2)\"]}",
                    "{\"above\": [\"close\", \"bb_middle(20)\"]}"),
            new BollingerBreakout(20, 2), rule("{\"above\": [\"close\", \"bb_upper(20,2)\"]}",
                    "{\"below\": [\"close\", \"bb_middle(20)\"]}"),
            new DonchianBreakout(20, 10), rule("{\"above\": [\"close\", \"highest(20)\"]}",
                    "{\"below\": [\"close\", \"lowest(10)\"]}"));

    @Test
    void builtInsAndTheirRuleFormsDecideAlikeOnRealData() {
        BarTape tape = Tapes.coinbaseBtcUsd4h();
        IndicatorColumns columns = new IndicatorColumns(tape);
        SAME.forEach((builtIn, json) -> {
            Strategy rule = StrategyJson.parse(json);
            Signals fast = columns.signals(builtIn);
            Signals slow = rule.signals(tape);
            assertThat(slow.actions()).as(builtIn.label() + " vs " + json).isEqualTo(fast.actions());
            assertThat(slow.indicators().keySet()).as(json).isSubsetOf(fast.indicators().keySet());
            // The macd rule may look one bar earlier than the built-in, where no cross can happen yet.
            assertThat(rule.warmUp()).as(json).isBetween(builtIn.warmUp() - 1, builtIn.warmUp());
        });
    }

    private static String cross(String fast, String slow, String side) {
        String up = "{\"crosses_above\": [\"" + fast + "\", \"" + slow + "\"]}";
        String down = "{\"crosses_below\": [\"" + fast + "\", \"" + slow + "\"]}";
        return side.equals("long") ? rule(up, down) : "{\"side\": \"short\", \"entry\": " + down + ", \"exit\": "
                + up + "}";
    }

    private static String rule(String entry, String exit) {
        return "{\"entry\": " + entry + ", \"exit\": " + exit + "}";
    }
}
