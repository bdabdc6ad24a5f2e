package dev.cryptotrader.trading.alert;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.domain.SymbolKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-made bar sequences; each names what the bars show and what must fire. */
class AlertEvaluatorTest {

    static final SeriesKey BTC_1M = new SeriesKey(Exchange.BITFINEX, Instrument.of("BTC", "USD"), Timeframe.M1);
    static final SeriesKey BTC_1H = BTC_1M.withTimeframe(Timeframe.H1);
    static final SeriesKey ETH_1M = new SeriesKey(Exchange.BITFINEX, Instrument.of("ETH", "USD"), Timeframe.M1);
    static final SymbolKey BTC = SymbolKey.of(BTC_1M);
    static final long T0 = 1_700_000_400_000L; // a whole hour, so 1m and 1h bars can share open times
    static final long MINUTE = 60_000L;

    long now = T0;
    final AlertEvaluator evaluator = new AlertEvaluator(() -> now);

    static Candle bar(long openTime, String o, String h, String l, String c) {
        return new Candle(openTime, new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c),
                BigDecimal.ONE);
    }

    PriceAlert track(AlertCondition condition, String level, long createdAt) {
        PriceAlert alert = PriceAlert.create(BTC, condition, new BigDecimal(level), createdAt);
        evaluator.track(alert);
        return alert;
    }

    @Test
    void aFormingBarFiresIntrabarOnceWithItsOpenTime() {
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "100", T0);

        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "99", "99.5", "98.8", "99.2"))).isEmpty();
        now = T0 + 20_000;
        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0, "99", "100.3", "98.8", "99.9"));

        assertThat(fired).containsExactly(alert.triggered(
                new AlertTrigger(T0 + 20_000, Timeframe.M1, T0, CrossDirection.UP)));
        assertThat(fired.getFirst().state()).isEqualTo(AlertState.TRIGGERED);
        now = T0 + 40_000;
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "99", "101", "98.8", "100.8"))).as("next forming update")
                .isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "99", "101", "98.8", "100.9"))).as("the closed bar").isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "99", "102", "97", "101"))).as("later bars")
                .isEmpty();
        assertThat(evaluator.tracked()).isEmpty();
    }

    @Test
    void aCrossInsideOneBarsRangeFiresEvenWhenItClosesBack() {
        PriceAlert up = track(AlertCondition.CROSSES_ABOVE, "100", T0);
        PriceAlert down = track(AlertCondition.CROSSES_BELOW, "98.5", T0);
        PriceAlert far = track(AlertCondition.CROSSES, "120", T0);

        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0, "99", "101", "98", "99.5"));

        assertThat(fired).extracting(PriceAlert::id).containsExactly(up.id(), down.id());
        assertThat(fired).extracting(a -> a.trigger().orElseThrow().direction())
                .containsExactly(CrossDirection.UP, CrossDirection.DOWN);
        assertThat(evaluator.tracked()).containsExactly(far);
    }

    @Test
    void aGapAcrossTheLevelFiresOnTheBarAfterTheGap() {
        PriceAlert up = track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0, "98", "99.5", "98", "99"));

        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "102", "103", "101.5", "102.5"));

        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(up.id());
            assertThat(a.trigger().orElseThrow().barOpenTime()).isEqualTo(T0 + MINUTE);
        });

        PriceAlert down = track(AlertCondition.CROSSES_BELOW, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0 + 2 * MINUTE, "102", "102", "101", "101"));
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + 3 * MINUTE, "97", "98", "96", "97.5")))
                .extracting(PriceAlert::id).containsExactly(down.id());
    }

    @Test
    void reachingTheLevelExactlyCountsAndOneTickShortDoesNot() {
        track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0, "99", "99.50", "99", "99.5"));

        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "99", "99.99", "99", "99.9"))).isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "99", "100.00", "99", "99.9"))).hasSize(1);
    }

    @Test
    void aHighMadeBeforeTheAlertDoesNotFireItButANewHighDoes() {
        // The 12:00 bar reached 105 before the alert was made at 12:00:30 with the price at 100.
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "104", T0 + 30_000);

        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "101", "105", "99", "100"))).as("arms only").isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "101", "105", "99", "101"))).as("old high").isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "101", "105", "99", "104.5")))
                .as("the close reached the level").extracting(PriceAlert::id).containsExactly(alert.id());

        PriceAlert second = track(AlertCondition.CROSSES_ABOVE, "104", T0 + 30_000);
        evaluator.onCandle(BTC_1M, bar(T0, "101", "105", "99", "101"));
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "101", "105.5", "99", "101")))
                .as("a new high above the level").extracting(PriceAlert::id).containsExactly(second.id());
    }

    @Test
    void aWiggleInsideTheRangeAlreadySeenCannotBeProvedAndDoesNotFire() {
        track(AlertCondition.CROSSES_ABOVE, "100", T0 + 1);
        evaluator.onCandle(BTC_1M, bar(T0, "102", "103", "97", "98")); // began before the alert: arms at 98
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "102", "103", "97", "99"))).isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "102", "103", "97", "100"))).hasSize(1);
    }

    @Test
    void startingAboveDippingThroughAndClosingAboveIsACrossEachWay() {
        PriceAlert above = track(AlertCondition.CROSSES_ABOVE, "100", T0);
        PriceAlert either = track(AlertCondition.CROSSES, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0, "104", "105", "103", "104"));

        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "104", "106", "97", "104"));

        assertThat(fired).extracting(PriceAlert::id).containsExactly(above.id(), either.id());
        assertThat(fired.get(0).trigger().orElseThrow().direction()).isEqualTo(CrossDirection.UP);
        assertThat(fired.get(1).trigger().orElseThrow().direction()).as("down came first").isEqualTo(
                CrossDirection.DOWN);
    }

    @Test
    void pricesThatStayOnOneSideNeverFire() {
        PriceAlert alert = track(AlertCondition.CROSSES, "100", T0);
        for (int i = 0; i < 50; i++) {
            String low = i % 2 == 0 ? "90" : "95.5";
            assertThat(evaluator.onCandle(BTC_1M, bar(T0 + i * MINUTE, "96", "99.99", low, "97"))).isEmpty();
        }
        assertThat(evaluator.tracked()).containsExactly(alert);
    }

    @Test
    void barsFromBeforeTheAlertOnlyArmIt() {
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "100", T0 + 10 * MINUTE);
        for (int i = 0; i < 10; i++) { // a catch-up of closed bars; the fifth crossed the level, before the alert
            String high = i == 5 ? "101" : "99";
            assertThat(evaluator.onCandle(BTC_1M, bar(T0 + i * MINUTE, "98", high, "97", "98"))).isEmpty();
        }
        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0 + 10 * MINUTE, "98", "100.5", "98", "100"));
        assertThat(fired).extracting(PriceAlert::id).containsExactly(alert.id());
    }

    @Test
    void theFirstBarAfterTheAlertCountsFromItsOpen() {
        track(AlertCondition.CROSSES_ABOVE, "100", T0);
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "99", "100.5", "99", "99"))).hasSize(1);
    }

    @Test
    void anAlertFiredOnOneTimeframeIsNotFiredAgainByAnother() {
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1H, bar(T0, "98", "99", "97", "98"));
        evaluator.onCandle(BTC_1M, bar(T0, "98", "99", "97", "98"));

        List<PriceAlert> fired = evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "98", "101", "98", "100.5"));
        assertThat(fired).singleElement().extracting(a -> a.trigger().orElseThrow().timeframe())
                .isEqualTo(Timeframe.M1);
        assertThat(evaluator.onCandle(BTC_1H, bar(T0, "98", "101", "97", "100.5"))).isEmpty();
        assertThat(alert.isActive()).as("values are immutable").isTrue();
    }

    @Test
    void eachTimeframeKeepsItsOwnLastLookUntilOneFires() {
        track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1H, bar(T0, "98", "99", "97", "98"));
        evaluator.onCandle(BTC_1M, bar(T0 + 59 * MINUTE, "98", "98", "97", "98"));

        List<PriceAlert> fired = evaluator.onCandle(BTC_1H, bar(T0, "98", "100", "97", "99"));
        assertThat(fired).singleElement().extracting(a -> a.trigger().orElseThrow())
                .isEqualTo(new AlertTrigger(T0, Timeframe.H1, T0, CrossDirection.UP));
    }

    @Test
    void anotherSymbolsBarsDoNotTouchTheAlert() {
        PriceAlert alert = track(AlertCondition.CROSSES, "100", T0);
        evaluator.onCandle(ETH_1M, bar(T0, "50", "50", "50", "50"));
        assertThat(evaluator.onCandle(ETH_1M, bar(T0 + MINUTE, "99", "200", "20", "150"))).isEmpty();
        assertThat(evaluator.tracked()).containsExactly(alert);
    }

    @Test
    void aLateUpdateOfAnOlderBarIsIgnored() {
        track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0 + MINUTE, "98", "99", "97", "98"));
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "98", "150", "97", "120"))).isEmpty();
        assertThat(evaluator.tracked()).hasSize(1);
    }

    @Test
    void aReArmedAlertFiresAgainAndAMovedOneUsesItsNewLevel() {
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "100", T0);
        evaluator.onCandle(BTC_1M, bar(T0, "98", "101", "98", "101"));
        assertThat(evaluator.tracked()).isEmpty();

        now = T0 + 2 * MINUTE;
        evaluator.track(alert.rearmed(now));
        evaluator.onCandle(BTC_1M, bar(T0 + 2 * MINUTE, "99", "99", "98", "98.5"));
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + 3 * MINUTE, "98.5", "100", "98", "99"))).hasSize(1);

        PriceAlert moved = PriceAlert.create(BTC, AlertCondition.CROSSES_ABOVE, new BigDecimal("110"), now);
        evaluator.track(moved);
        evaluator.onCandle(BTC_1M, bar(T0 + 4 * MINUTE, "99", "100", "98", "99"));
        evaluator.track(moved.movedTo(new BigDecimal("99.5"), now));
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + 5 * MINUTE, "99", "99.4", "98", "99"))).isEmpty();
        assertThat(evaluator.onCandle(BTC_1M, bar(T0 + 6 * MINUTE, "99", "99.6", "98", "99"))).hasSize(1);
    }

    @Test
    void trackingTheSameAlertAgainKeepsWhatWasSeenAndATriggeredOneIsDropped() {
        PriceAlert alert = track(AlertCondition.CROSSES_ABOVE, "100", T0 + 1);
        evaluator.onCandle(BTC_1M, bar(T0, "98", "99", "97", "98")); // arms at 98
        evaluator.track(alert);
        assertThat(evaluator.onCandle(BTC_1M, bar(T0, "98", "100", "97", "98"))).as("still armed").hasSize(1);

        PriceAlert other = track(AlertCondition.CROSSES, "50", T0);
        evaluator.track(other.triggered(new AlertTrigger(T0, Timeframe.M1, T0, CrossDirection.UP)));
        assertThat(evaluator.tracked()).isEmpty();
        assertThat(evaluator.untrack(other.id())).isFalse();
    }

    @Test
    void anInconsistentBarIsRefused() {
        track(AlertCondition.CROSSES, "100", T0);
        assertThatThrownBy(() -> evaluator.onCandle(BTC_1M, bar(T0, "99", "99", "98", "101")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close 101 is outside low..high");
        assertThat(evaluator.tracked()).hasSize(1);
    }
}
