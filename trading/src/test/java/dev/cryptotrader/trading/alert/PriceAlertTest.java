package dev.cryptotrader.trading.alert;

import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static dev.cryptotrader.trading.alert.AlertEvaluatorTest.BTC;
import static dev.cryptotrader.trading.alert.AlertEvaluatorTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceAlertTest {

    static final AlertTrigger FIRED = new AlertTrigger(T0 + 5, Timeframe.M5, T0, CrossDirection.DOWN);

    @Test
    void aNewAlertIsActiveWithAnExactCanonicalLevel() {
        PriceAlert alert = PriceAlert.create(BTC, AlertCondition.CROSSES_BELOW, new BigDecimal("0.000012340"), T0);

        assertThat(alert.state()).isEqualTo(AlertState.ACTIVE);
        assertThat(alert.trigger()).isEmpty();
        assertThat(alert.level().toPlainString()).isEqualTo("0.00001234");
        assertThat(alert.isActive()).isTrue();
    }

    @Test
    void negativeZeroAndAbsurdLevelsAreRefused() {
        assertThatThrownBy(() -> PriceAlert.create(BTC, AlertCondition.CROSSES, new BigDecimal("-1"), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the alert level -1 is not a positive price");
        assertThatThrownBy(() -> PriceAlert.create(BTC, AlertCondition.CROSSES, BigDecimal.ZERO, T0))
                .hasMessageContaining("not a positive price");
        assertThatThrownBy(() -> PriceAlert.create(BTC, AlertCondition.CROSSES, new BigDecimal("1e20"), T0))
                .hasMessageContaining("above the largest price");
    }

    @Test
    void firingOnceMakesItTriggeredAndItCannotFireTwice() {
        PriceAlert alert = PriceAlert.create(BTC, AlertCondition.CROSSES, new BigDecimal("100"), T0);

        PriceAlert fired = alert.triggered(FIRED);

        assertThat(fired.state()).isEqualTo(AlertState.TRIGGERED);
        assertThat(fired.trigger()).contains(FIRED);
        assertThat(fired.id()).isEqualTo(alert.id());
        assertThatThrownBy(() -> fired.triggered(FIRED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has fired already");

        PriceAlert again = fired.rearmed(T0 + 99);
        assertThat(again.isActive()).isTrue();
        assertThat(again.createdAt()).isEqualTo(T0 + 99);
        assertThat(again.trigger()).isEmpty();
    }

    @Test
    void stateAndTriggerMustAgree() {
        PriceAlert alert = PriceAlert.create(BTC, AlertCondition.CROSSES, new BigDecimal("100"), T0);
        assertThatThrownBy(() -> new PriceAlert(alert.id(), BTC, alert.condition(), alert.level(), T0,
                AlertState.TRIGGERED, Optional.empty())).hasMessage("a triggered alert needs its trigger time and bar");
        assertThatThrownBy(() -> new PriceAlert(alert.id(), BTC, alert.condition(), alert.level(), T0,
                AlertState.ACTIVE, Optional.of(FIRED))).hasMessage("an active alert has no trigger yet");
    }

    @Test
    void labelsReadBack() {
        for (AlertCondition c : AlertCondition.values()) {
            assertThat(AlertCondition.parse(c.label())).isSameAs(c);
        }
        for (AlertState s : AlertState.values()) {
            assertThat(AlertState.parse(s.label())).isSameAs(s);
        }
        assertThat(CrossDirection.parse("down")).isSameAs(CrossDirection.DOWN);
        assertThatThrownBy(() -> AlertCondition.parse("above")).hasMessage("unknown alert condition 'above'");
    }
}
