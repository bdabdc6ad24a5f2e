package dev.cryptotrader.trading.backtest.lookahead;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LookaheadCheckTest {

    private final BarTape tape = LookaheadTestTapes.randomWalk(2_000, 7, HOUR);

    @Test
    void plantedNextBarCloseIsFlaggedAtEverySignalItWasCutAt() {
        Strategy strategy = LookaheadTestStrategies.nextClose();
        LookaheadReport report = new LookaheadCheck().run(strategy, tape);

        assertThat(report.flagged()).isTrue();
        assertThat(report.passed()).isFalse();
        // It signals on about half the bars: 200 first + 50 sampled signal cuts, and the 50 between-signal cuts.
        assertThat(report.signals()).isGreaterThan(500);
        assertThat(report.signalsChecked()).isEqualTo(250);
        assertThat(report.samplesChecked()).isEqualTo(50);
        assertThat(report.cutPointsChecked()).isEqualTo(report.cutPointsPlanned());
        // Cut right after a signal, the bar is the last one: no next close, so no signal. Earlier bars still see theirs.
        // The stop set with each entry vanishes with it. Between signals nothing changes (none either way).
        byte[] actions = strategy.signals(tape).actions();
        int entriesCut = (int) Arrays.stream(report.changedBars()).filter(b -> actions[b] == Signal.ENTER_LONG)
                .count();
        assertThat(report.changedBars()).hasSize(250);
        assertThat(Arrays.stream(report.changedBars()).map(b -> actions[b])).doesNotContain((int) Signal.NONE);
        assertThat(report.changeCount()).isEqualTo(250 + entriesCut);
        assertThat(report.changes()).allSatisfy(c -> assertThat(c.bar()).isEqualTo(c.cutAt()));

        LookaheadChange first = report.changes().getFirst();
        int firstSignal = IntStream.range(0, actions.length).filter(i -> actions[i] != Signal.NONE).findFirst()
                .orElseThrow();
        assertThat(first.bar()).isEqualTo(firstSignal);
        assertThat(first.kind()).isEqualTo(LookaheadChange.Kind.ACTION);
        assertThat(first.describe()).isEqualTo("action at bar " + firstSignal + " ("
                + Instant.ofEpochMilli(tape.openTime()[firstSignal]) + "): enter long on full data, none when cut at "
                + firstSignal);
        assertThat(report.summary()).startsWith("LOOKAHEAD in test-next-close() on walk-7: " + report.changeCount()
                + " values at 250 bars changed");
        assertThat(report.changes()).anySatisfy(c -> assertThat(c.describe()).matches(
                "stop at bar \\d+ \\(.*\\): [0-9.]+ on full data, NaN when cut at \\d+"));
    }

    @Test
    void honestSmaCrossPassesWithEverySignalChecked() {
        LookaheadReport report = new LookaheadCheck().run(LookaheadTestStrategies.smaCross(10, 40), tape);

        assertThat(report.flagged()).isFalse();
        assertThat(report.passed()).isTrue();
        assertThat(report.signals()).isBetween(20, 200);
        assertThat(report.signalsChecked()).isEqualTo(report.signals());
        assertThat(report.samplesChecked()).isEqualTo(50);
        assertThat(report.changeCount()).isZero();
        assertThat(report.changes()).isEmpty();
        assertThat(report.summary()).startsWith("No lookahead: test-sma-cross");
    }

    @Test
    void aStrategyPeekingOnlyInItsIndicatorColumnIsFlaggedToo() {
        LookaheadReport report = new LookaheadCheck().run(LookaheadTestStrategies.peekingIndicator(), tape);

        assertThat(report.flagged()).isTrue();
        assertThat(report.changes()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(LookaheadChange.Kind.INDICATOR);
            assertThat(c.column()).isEqualTo("centred sma(5)");
            // Reads two bars ahead: only the last two bars before each cut lose their value.
            assertThat(c.bar()).isBetween(c.cutAt() - 1, c.cutAt());
            assertThat(c.cutValue()).isNaN();
        });
        // Two values per cut point; fewer only at cuts next to the end, where the full run has no value either.
        assertThat(report.changeCount()).isBetween(2 * report.cutPointsChecked() - 3, 2 * report.cutPointsChecked());
        assertThat(report.changes().getFirst().describe()).matches(
                "indicator centred sma\\(5\\) at bar \\d+ \\(.*\\): [0-9.]+ on full data vs NaN when cut at \\d+");
    }

    @Test
    void signalsSuppressedWithTheFutureAreFoundOnlyByCutsBetweenSignals() {
        Strategy strategy = LookaheadTestStrategies.suppressing();
        LookaheadCheck signalsOnly = new LookaheadCheck(LookaheadOptions.DEFAULTS.withCuts(10_000, 0, 0));
        LookaheadReport blind = signalsOnly.run(strategy, tape);
        assertThat(blind.signalsChecked()).isEqualTo(blind.signals());
        assertThat(blind.flagged()).as("every signal bar alone looks honest").isFalse();

        LookaheadReport report = new LookaheadCheck().run(strategy, tape);
        assertThat(report.flagged()).isTrue();
        assertThat(report.changes()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(LookaheadChange.Kind.ACTION);
            assertThat(c.describe()).contains(": none on full data, enter long when cut at " + c.bar());
        });
    }

    @Test
    void roundingOrderNoiseIsToleratedButWouldBeFlaggedWithoutTolerance() {
        Strategy strategy = LookaheadTestStrategies.roundingOrder();
        assertThat(new LookaheadCheck().run(strategy, tape).passed()).isTrue();

        LookaheadReport exact = new LookaheadCheck(LookaheadOptions.DEFAULTS.withRelativeTolerance(0))
                .run(strategy, tape);
        assertThat(exact.flagged()).as("the test strategy really does differ in the last bits").isTrue();
        assertThat(exact.changes()).allSatisfy(c -> assertThat(Math.abs(c.fullValue() - c.cutValue()))
                .isLessThan(1e-12 * Math.abs(c.fullValue())));
    }

    @Test
    void cutPointsBeforeTheWarmUpAreSkippedSoARefusalThereIsNoFlag() {
        LookaheadReport report = new LookaheadCheck().run(LookaheadTestStrategies.refusingShortTapes(), tape);
        assertThat(report.passed()).isTrue();
        assertThat(report.warmUp()).isEqualTo(40);
    }

    @Test
    void aReRunThatThrowsAfterTheWarmUpIsReported() {
        Strategy honest = LookaheadTestStrategies.smaCross(10, 40);
        Strategy fragile = new Strategy() {
            @Override
            public String id() {
                return "test-fragile";
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of();
            }

            @Override
            public int warmUp() {
                return 40;
            }

            @Override
            public Signals signals(BarTape t) {
                if (t.size() < tape.size()) {
                    throw new ArrayIndexOutOfBoundsException("Index " + t.size() + " out of bounds");
                }
                return honest.signals(t);
            }
        };
        LookaheadReport report = new LookaheadCheck().run(fragile, tape);
        assertThat(report.flagged()).isTrue();
        assertThat(report.changes().getFirst().kind()).isEqualTo(LookaheadChange.Kind.RUN);
        assertThat(report.changes().getFirst().describe())
                .contains("threw java.lang.ArrayIndexOutOfBoundsException: Index");
    }

    @Test
    void progressReachesTheTotalAndParallelRunsGiveTheSameReport() {
        List<int[]> updates = new ArrayList<>();
        LookaheadReport one = new LookaheadCheck().run(LookaheadTestStrategies.nextClose(), tape,
                (done, total) -> updates.add(new int[] {done, total}), () -> false);
        LookaheadReport two = new LookaheadCheck(LookaheadOptions.DEFAULTS.withParallelism(2))
                .run(LookaheadTestStrategies.nextClose(), tape);

        assertThat(updates.getFirst()).containsExactly(0, one.cutPointsPlanned());
        assertThat(updates.getLast()).containsExactly(one.cutPointsPlanned(), one.cutPointsPlanned());
        assertThat(updates).extracting(u -> u[0]).isSorted().hasSize(one.cutPointsPlanned() + 1);
        assertThat(two.changes()).isEqualTo(one.changes());
        assertThat(two.changedBars()).isEqualTo(one.changedBars());
        assertThat(two.changeCount()).isEqualTo(one.changeCount());
    }

    @Test
    void cancellingStopsTheReRunsAndSaysTheResultIsIncomplete() {
        AtomicInteger done = new AtomicInteger();
        LookaheadReport report = new LookaheadCheck().run(LookaheadTestStrategies.smaCross(10, 40), tape,
                (d, total) -> done.set(d), () -> done.get() >= 10);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.passed()).isFalse();
        assertThat(report.cutPointsChecked()).isEqualTo(10);
        assertThat(report.cutPointsPlanned()).isGreaterThan(10);
        assertThat(report.summary()).startsWith("Cancelled:").contains("proves nothing");
    }

    @Test
    void tooFewBarsOrBadOptionsGetAClearError() {
        assertThatThrownBy(() -> new LookaheadCheck().run(LookaheadTestStrategies.smaCross(10, 40), tape.prefix(40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs more bars than the warm-up")
                .hasMessageContaining("warms up over 40 bars, walk-7 has 40");
        assertThatThrownBy(() -> LookaheadOptions.DEFAULTS.withParallelism(0))
                .hasMessageContaining("parallelism must be >= 1, was 0");
        assertThatThrownBy(() -> LookaheadOptions.DEFAULTS.withRelativeTolerance(Double.NaN))
                .hasMessageContaining("relativeTolerance");
    }

    @Test
    void evenlySpacedCutsIncludeBothEndsAndNeverRepeat() {
        assertThat(CutPlan.evenlySpaced(5, 10, 30)).containsExactly(10, 15, 20, 25, 30);
        assertThat(CutPlan.evenlySpaced(50, 3, 7)).containsExactly(3, 4, 5, 6, 7);
        assertThat(CutPlan.evenlySpaced(3, 7, 3)).isEmpty();
        int[] many = CutPlan.evenlySpaced(50, 0, 99);
        assertThat(many).hasSize(50).doesNotHaveDuplicates().startsWith(0).endsWith(99);
    }

    @Test
    void toleranceTreatsNaNAndInfinitiesStrictly() {
        assertThat(SignalComparer.same(Double.NaN, Double.NaN, 1e-12)).isTrue();
        assertThat(SignalComparer.same(Double.NaN, 1, 1e-12)).isFalse();
        assertThat(SignalComparer.same(Double.POSITIVE_INFINITY, 1e300, 1e-12)).isFalse();
        assertThat(SignalComparer.same(100, 100 * (1 + 1e-13), 1e-12)).isTrue();
        assertThat(SignalComparer.same(100, 100 * (1 + 1e-11), 1e-12)).isFalse();
    }
}
