package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadCheck;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadReport;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.DAY;
import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.HOUR;
import static dev.cryptotrader.trading.backtest.lookahead.LookaheadTestTapes.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MtfTrendStrategyTest {

    /** fast 2, slow 3 on 1h bars; trend filter: yesterday's close above the SMA(2) of the last two closed days. */
    private static final StrategyCatalog CATALOG = new StrategyCatalog(List.of(MtfTrendStrategy.descriptor()));

    private final MtfTrendStrategy strategy = new MtfTrendStrategy(2, 3, 1440, 2);

    /**
     * Hourly closes over five days: 100 until day 2, 20:00, then {@code lateDay2} until day 3, 10:00 (with a one-hour
     * dip at 08:00 so that the fast SMA is below the slow one), then 120. The 2/3 SMA cross up comes at day 3, 10:00.
     */
    private static BarTape jumpOnDay3(double lateDay2) {
        double[] c = new double[5 * 24];
        Arrays.fill(c, 0, 2 * 24 + 20, 100);
        Arrays.fill(c, 2 * 24 + 20, 3 * 24 + 10, lateDay2);
        c[3 * 24 + 8] = lateDay2 - 1;
        Arrays.fill(c, 3 * 24 + 10, c.length, 120);
        return LookaheadTestTapes.closes(HOUR, START, c);
    }

    private static final int CROSS = 3 * 24 + 10;

    @Test
    void theFormingDayThatWouldAllowTheEntryIsNotSeen() {
        // Days 0-2 close at 100; day 3 jumps to 120 at 10:00 and closes there. At the cross the last closed day is
        // day 2: close 100, not above its SMA(2) of 100, so no entry. Had the strategy seen day 3 as it will close
        // (120 > SMA 110), it would have entered: the leaky variant below does.
        BarTape tape = jumpOnDay3(100);
        Signals signals = strategy.signals(tape);

        assertThat(signals.actions()).containsOnly(Signal.NONE);
        assertThat(signals.indicators().get("1d close")[CROSS]).isEqualTo(100);
        assertThat(signals.indicators().get("1d sma(2)")[CROSS]).isEqualTo(100);
        assertThat(signals.indicators().get("sma(2)")[CROSS]).isGreaterThan(signals.indicators().get("sma(3)")[CROSS]);
        assertThat(leakyVariant().signals(tape).actions()[CROSS]).as("the scenario is decisive")
                .isEqualTo(Signal.ENTER_LONG);
    }

    @Test
    void aClosedUpDayAllowsTheSameEntry() {
        // As above, but day 2 closed at 101, above its SMA(2) of 100.5: the same cross enters.
        byte[] actions = strategy.signals(jumpOnDay3(101)).actions();

        int[] entries = IntStream.range(0, actions.length).filter(i -> actions[i] == Signal.ENTER_LONG).toArray();
        assertThat(entries).containsExactly(CROSS);
    }

    @Test
    void withTheTrendUpEverywhereItTradesExactlyLikeSmaCross() {
        // Up 3% a day, so every closed day is above the SMA(2) of the last two; a 7-hour wave makes the SMAs cross.
        double[] c = new double[24 * 30];
        for (int h = 0; h < c.length; h++) {
            c[h] = 100 * Math.exp(0.03 * h / 24.0) * (1 + 0.01 * Math.sin(2 * Math.PI * h / 7));
        }
        BarTape tape = LookaheadTestTapes.closes(HOUR, START, c);
        byte[] mtf = new MtfTrendStrategy(3, 8, 1440, 2).signals(tape).actions();
        byte[] plain = new SmaCross(3, 8).signals(tape).actions();

        int firstEntry = IntStream.range(0, mtf.length).filter(i -> mtf[i] == Signal.ENTER_LONG).findFirst()
                .orElseThrow();
        assertThat(firstEntry).as("the filter opens once two days have closed").isBetween(47, 60);
        assertThat(plain[firstEntry]).isEqualTo(Signal.ENTER_LONG);
        assertThat(Arrays.copyOfRange(mtf, firstEntry, mtf.length))
                .isEqualTo(Arrays.copyOfRange(plain, firstEntry, plain.length));
        assertThat(IntStream.range(firstEntry, mtf.length).filter(i -> mtf[i] != Signal.NONE).count())
                .isGreaterThan(100);
    }

    @Test
    void passesTheLookaheadCheckOnGappyHourlyData() {
        SplittableRandom holes = new SplittableRandom(8);
        boolean[] keep = new boolean[24 * 200];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = holes.nextDouble() > 0.05;
        }
        BarTape tape = LookaheadTestTapes.randomWalk(keep.length, 21, HOUR, START + 7 * HOUR, i -> keep[i]);
        MtfTrendStrategy mtf = new MtfTrendStrategy(5, 20, 1440, 5);

        LookaheadReport report = new LookaheadCheck().run(mtf, tape);
        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.signals()).as("the filter lets some entries through").isGreaterThan(20);
        assertThat(new LookaheadCheck().run(leakyVariant(), tape).flagged()).isTrue();
    }

    @Test
    void passesTheLookaheadCheckOnCoinbase4hWithDefaults() {
        BarTape tape = LookaheadTestTapes.coinbaseBtcUsd4h();
        LookaheadReport report = new LookaheadCheck().run(CATALOG.create("mtf-sma-trend", Map.of()), tape);
        assertThat(report.passed()).as(report.summary()).isTrue();
        assertThat(report.signals()).isGreaterThan(50);
        assertThat(report.cutPointsChecked()).isGreaterThan(100);
    }

    @Test
    void theCatalogueEntryHasDefaultsAndBadParametersGetAClearError() {
        Strategy defaults = CATALOG.create("mtf-sma-trend", Map.of());
        assertThat(defaults).isEqualTo(new MtfTrendStrategy(20, 50, 1440, 20));
        assertThat(defaults.label()).isEqualTo("mtf-sma-trend(fast=20, slow=50, htfMinutes=1440, htfPeriod=20)");
        assertThat(defaults.warmUp()).isEqualTo(50);
        assertThat(CATALOG.create("mtf-sma-trend", Map.of("htfPeriod", 10.0)).parameters())
                .containsEntry("htfPeriod", 10.0).containsEntry("fast", 20.0);

        assertThatThrownBy(() -> CATALOG.create("mtf-sma-trend", Map.of("period", 3.0)))
                .hasMessageContaining("mtf-sma-trend has no parameter 'period'")
                .hasMessageContaining("fast, slow, htfMinutes, htfPeriod");
        assertThatThrownBy(() -> CATALOG.create("mtf-sma-trend", Map.of("fast", 2.5)))
                .hasMessage("mtf-sma-trend: fast must be a whole number, was 2.5");
        assertThatThrownBy(() -> CATALOG.create("mtf-sma-trend", Map.of("fast", 60.0)))
                .hasMessage("mtf-sma-trend: fast (60) must be less than slow (50)");
        assertThatThrownBy(() -> new MtfTrendStrategy(2, 3, 0, 2)).hasMessage("htfMinutes must be >= 1, was 0");
        assertThatThrownBy(() -> new MtfTrendStrategy(2, 3, 1440, 0)).hasMessage("htfPeriod must be >= 1, was 0");
        BarTape fourHourly = LookaheadTestTapes.randomWalk(100, 1, 4 * HOUR);
        assertThatThrownBy(() -> new MtfTrendStrategy(2, 3, 300, 2).signals(fourHourly))
                .hasMessage("mtf-sma-trend: htfMinutes=300 must be a whole multiple of, and longer than, the bars of"
                        + " walk-1 (240 minutes)");
        assertThatThrownBy(() -> new MtfTrendStrategy(2, 3, 240, 2).signals(fourHourly))
                .hasMessageContaining("htfMinutes=240 must be");
    }

    /**
     * The classic mistake, for contrast: it reads the day that <em>contains</em> each bar, with that day's final
     * values, i.e. before the day has closed.
     */
    private static Strategy leakyVariant() {
        return new Strategy() {
            @Override
            public String id() {
                return "test-leaky-mtf";
            }

            @Override
            public Map<String, Double> parameters() {
                return Map.of();
            }

            @Override
            public int warmUp() {
                return 3;
            }

            @Override
            public Signals signals(BarTape tape) {
                BarTape daily = HigherTimeframe.resample(tape, DAY);
                double[] dailySma = ColumnMath.sma(daily.close(), 2);
                Map<Long, Integer> dayIndex = new HashMap<>();
                for (int j = 0; j < daily.size(); j++) {
                    dayIndex.put(daily.openTime()[j], j);
                }
                double[] f = ColumnMath.sma(tape.close(), 2);
                double[] s = ColumnMath.sma(tape.close(), 3);
                double[] dayClose = new double[tape.size()];
                byte[] actions = new byte[tape.size()];
                boolean in = false;
                for (int i = 3; i < tape.size(); i++) {
                    Integer j = dayIndex.get(HigherTimeframe.bucketStart(tape.openTime()[i], DAY));
                    dayClose[i] = j == null ? Double.NaN : daily.close()[j];
                    boolean up = j != null && daily.close()[j] > dailySma[j];
                    if (!in && up && f[i - 1] <= s[i - 1] && f[i] > s[i]) {
                        actions[i] = Signal.ENTER_LONG;
                        in = true;
                    } else if (in && f[i - 1] >= s[i - 1] && f[i] < s[i]) {
                        actions[i] = Signal.EXIT_LONG;
                        in = false;
                    }
                }
                return new Signals(actions, null, Map.of("day close", dayClose));
            }
        };
    }
}
