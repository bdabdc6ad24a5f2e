package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_LONG;
import static dev.cryptotrader.trading.backtest.strategy.Signal.ENTER_SHORT;
import static dev.cryptotrader.trading.backtest.strategy.Signal.EXIT_LONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each built-in on a short hand-built series whose crossing bars were worked out by hand (in the comments). */
class BuiltInStrategiesTest {

    @Test
    void smaCrossEntersOnTheCrossAboveAndExitsOnTheCrossBelow() {
        // sma2:        -, 11.5, 10.5, 9.5, 10.5, 13.5, 15, 13.5, 10.5, 8.5
        // sma3:        -, -,    11,   10,  10.33, 12,  14, 14,   12,   9.67
        // fast - slow:          -0.5, -0.5, +0.17, +1.5, +1, -0.5, ...: up at 4, down at 7
        BarTape tape = Tapes.closes(12, 11, 10, 9, 12, 15, 15, 12, 9, 8);
        Signals s = new SmaCross(2, 3).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(4, ENTER_LONG, 7, EXIT_LONG));
        assertThat(s.indicators().get("sma(3)")[4]).isCloseTo(31 / 3.0, within(1e-12));
        assertThat(s.indicators().get("sma(3)")[1]).isNaN();
        assertThat(s.indicators().get("sma(2)")[1]).isEqualTo(11.5);
    }

    @Test
    void smaCrossCarriesTiesBackToTheLastDifferenceAsTa4jDoes() {
        // fast - slow: -0.5 (2), -0.33 (3), 0 (4), 0 (5), +0.5 (6): a cross at 6, from below through the tie.
        // Then 0 again at 8 and back above at 9: a touch, not a cross, so no exit.
        BarTape tape = Tapes.closes(12, 11, 10, 10, 10, 10, 13, 13, 13, 14);
        assertThat(actions(new SmaCross(2, 3).signals(tape))).isEqualTo(Map.of(6, ENTER_LONG));
        // Level from the first full window: equal all the way back to the warm-up is no cross.
        assertThat(actions(new SmaCross(2, 3).signals(Tapes.closes(10, 10, 10, 10, 13)))).isEmpty();
    }

    @Test
    void shortSideEntersShortOnTheCrossBelow() {
        BarTape tape = Tapes.closes(12, 11, 10, 9, 12, 15, 15, 12, 9, 8);
        assertThat(actions(new SmaCross(2, 3, true).signals(tape))).isEqualTo(Map.of(7, ENTER_SHORT));
    }

    @Test
    void emaCrossStartsFromTheSeedBarAndCrossesBothWays() {
        // ema1 = close from bar 1; ema2 seeded at bar 2 with the close, multiplier 2/3:
        // ema2: 10 (2), 10 (3), 6 (4), 4.67 (5), 8.22 (6), 4.07 (7); ema1 - ema2: 0, 0, -2 (no cross: equal back to
        // the seed), -0.67, +1.78 (up at 6), -2.07 (down at 7)
        BarTape tape = Tapes.closes(5, 5, 10, 10, 4, 4, 10, 2);
        Signals s = new EmaCross(1, 2).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(6, ENTER_LONG, 7, EXIT_LONG));
        assertThat(s.indicators().get("ema(2)")[4]).isCloseTo(6, within(1e-12));
        assertThat(s.indicators().get("ema(2)")[1]).isNaN();
    }

    @Test
    void rsiReversionEntersWhenRsiComesBackUpThroughLowerAndExitsAboveUpper() {
        // RSI(1) is 100 after a rise, 0 after a fall: 0 (1), 0 (2) below 30 but no entry yet; 100 at 3 crosses up
        // through 30 (entry); 100 > 70 at 4 (exit); it is read only once in the position.
        BarTape tape = Tapes.closes(10, 9, 8, 9, 10, 9);
        Signals s = new RsiReversion(1, 30, 70).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(3, ENTER_LONG, 4, EXIT_LONG));
        assertThat(s.indicators().get("rsi(1)")).containsExactly(Double.NaN, 0, 0, 100, 100, 0);
    }

    @Test
    void bollingerReversionBuysTheCloseBelowTheLowerBandAndSellsAboveTheMiddle() {
        // period 3, k 1: bar 4 window [12, 11, 7]: middle 10, deviation sqrt(14/3) = 2.16, lower 7.84 > close 7
        // (bar 3: close 11 > lower 10.86): entry at 4. Bar 5: close 9 = middle 9, not above. Bar 6: 11 > 9: exit.
        BarTape tape = Tapes.closes(10, 11, 12, 11, 7, 9, 11);
        Signals s = new BollingerReversion(3, 1).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(4, ENTER_LONG, 6, EXIT_LONG));
        assertThat(s.indicators().get("bb_lower(3,1)")[4]).isCloseTo(10 - Math.sqrt(14 / 3.0), within(1e-12));
        assertThat(s.indicators().get("bb_middle(3)")[5]).isEqualTo(9);
        assertThat(s.indicators()).containsKey("bb_upper(3,1)");
    }

    @Test
    void bollingerBreakoutBuysAboveTheUpperBandAndSellsBelowTheMiddle() {
        // period 3, k 1: bar 2 [10, 11, 12] upper 11.82 < 12: entry on the first bar that can decide; bar 3 middle
        // 11.33 > 11: exit; bar 4 [12, 11, 15] upper 14.37 < 15: entry; bar 5 close 13 = middle: hold; bar 6 exit.
        BarTape tape = Tapes.closes(10, 11, 12, 11, 15, 13, 10);
        Signals s = new BollingerBreakout(3, 1).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(2, ENTER_LONG, 3, EXIT_LONG, 4, ENTER_LONG, 6, EXIT_LONG));
        assertThat(s.indicators().get("bb_upper(3,1)")[4]).isCloseTo(38 / 3.0 + Math.sqrt(26 / 9.0), within(1e-12));
    }

    @Test
    void macdCrossFollowsTheSignalLine() {
        // macd(1,2) - signal(2): 0 (2, both seeded), 0 (3), +0.33 (4: no cross, equal back to the seed),
        // -0.11 (5: a cross below while flat), -0.78 (6), +0.16 (7: entry), +0.64 (8), -0.59 (9: exit)
        BarTape tape = Tapes.closes(5, 5, 5, 5, 8, 8, 2, 2, 6, 1);
        Signals s = new MacdCross(1, 2, 2).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(7, ENTER_LONG, 9, EXIT_LONG));
        assertThat(s.indicators().get("macd(1,2)")[4]).isCloseTo(1, within(1e-12));
        assertThat(s.indicators().get("macd_signal(1,2,2)")[4]).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void donchianBreakoutUsesThePreviousBarsChannel() {
        // entry 2 / exit 2 on flat bars: bar 2 close 12 > max(10, 11): entry; bar 4 close 12 = min(12, 13): hold;
        // bar 5 close 11 < min(13, 12): exit.
        BarTape tape = Tapes.closes(10, 11, 12, 13, 12, 11, 10, 9);
        Signals s = new DonchianBreakout(2, 2).signals(tape);
        assertThat(actions(s)).isEqualTo(Map.of(2, ENTER_LONG, 5, EXIT_LONG));
        assertThat(s.indicators().get("highest(2)")).containsExactly(Double.NaN, Double.NaN, 11, 12, 13, 13, 12, 11);
    }

    @Test
    void donchianReadsHighsAndLowsNotCloses() {
        // Bar 2 closes above both earlier closes but not above bar 1's high of 15: no entry until bar 3 (16 > 15).
        double[] close = {10, 11, 12, 16, 15, 9};
        double[] high = {10, 15, 12, 16, 15, 9};
        double[] low = {10, 11, 12, 14, 10, 9};
        Signals s = new DonchianBreakout(2, 1).signals(Tapes.bars(high, low, close));
        // exit 1: bar 4 close 15 > low 14 of bar 3; bar 5 close 9 < low 10 of bar 4: exit.
        assertThat(actions(s)).isEqualTo(Map.of(3, ENTER_LONG, 5, EXIT_LONG));
    }

    @Test
    void aTapeShorterThanTheWarmUpGivesNoSignalsAndNaNColumns() {
        Signals s = new SmaCross(20, 100).signals(Tapes.closes(1, 2, 3));
        assertThat(s.actions()).containsExactly(0, 0, 0);
        assertThat(s.indicators().get("sma(100)")).containsOnly(Double.NaN);
        assertThat(new SmaCross(20, 100).signals(Tapes.closes()).size()).isZero();
    }

    @Test
    void labelsNameEveryParameter() {
        assertThat(new SmaCross(20, 100).label()).isEqualTo("sma-cross(fast=20, slow=100, short=0)");
        assertThat(new BollingerReversion(20, 2.5).label()).isEqualTo("bollinger-reversion(period=20, k=2.5)");
    }

    /** The non-NONE actions by bar. */
    static Map<Integer, Byte> actions(Signals s) {
        Map<Integer, Byte> out = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.actions()[i] != Signal.NONE) {
                out.put(i, s.actions()[i]);
            }
        }
        return out;
    }
}
