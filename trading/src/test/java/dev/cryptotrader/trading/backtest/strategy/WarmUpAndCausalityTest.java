package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code warmUp()} is exactly the first bar that can decide (nothing before it, and some tape decides right there),
 * and a decision at bar i reads bars 0..i only: the tape cut after bar i gives the same actions and columns.
 */
class WarmUpAndCausalityTest {

    @Test
    void noSignalBeforeTheWarmUp() {
        for (long seed = 1; seed <= 3; seed++) {
            BarTape tape = Tapes.wholeDollarWalk(1_500, seed);
            for (Strategy s : Ta4jEquivalenceTest.variants()) {
                byte[] actions = s.signals(tape).actions();
                for (int i = 0; i < Math.min(s.warmUp(), actions.length); i++) {
                    assertThat(actions[i]).as(s.label() + " at bar " + i).isZero();
                }
            }
        }
    }

    @Test
    void theWarmUpBarItselfCanDecide() {
        List<Strategy> small = List.of(new SmaCross(2, 5), new SmaCross(3, 4, true), new EmaCross(2, 5),
                new RsiReversion(3, 30, 70), new BollingerReversion(4, 1), new BollingerBreakout(4, 1),
                new MacdCross(2, 4, 3), new MacdCross(2, 4, 6), new DonchianBreakout(3, 5),
                new DonchianBreakout(5, 3));
        SplittableRandom random = new SplittableRandom(42);
        for (Strategy s : small) {
            boolean found = false;
            for (int attempt = 0; attempt < 20_000 && !found; attempt++) {
                double[] close = new double[s.warmUp() + 1];
                for (int i = 0; i < close.length; i++) {
                    close[i] = random.nextInt(1, 20);
                }
                found = s.signals(Tapes.closes(close)).actions()[s.warmUp()] != Signal.NONE;
            }
            if (!found) {
                fail(s.label() + ": no tape decided at its warm-up bar " + s.warmUp() + "; is the warm-up too short?");
            }
        }
    }

    @Test
    void cuttingTheTapeAfterABarChangesNothingUpToIt() {
        BarTape tape = Tapes.centWalk(1_200, 9);
        for (Strategy s : Ta4jEquivalenceTest.variants()) {
            Signals full = s.signals(tape);
            for (int cut : new int[]{1, s.warmUp(), s.warmUp() + 1, 333, 800, 1_199}) {
                Signals prefix = s.signals(tape.prefix(cut));
                assertThat(prefix.actions()).as(s.label() + " cut at " + cut)
                        .isEqualTo(Arrays.copyOf(full.actions(), cut));
                prefix.indicators().forEach((name, values) -> assertThat(values).as(s.label() + " " + name)
                        .isEqualTo(Arrays.copyOf(full.indicators().get(name), cut)));
            }
        }
    }
}
