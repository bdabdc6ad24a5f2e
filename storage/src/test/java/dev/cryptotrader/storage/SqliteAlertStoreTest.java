package dev.cryptotrader.storage;

import dev.cryptotrader.trading.alert.AlertCondition;
import dev.cryptotrader.trading.alert.AlertEvaluator;
import dev.cryptotrader.trading.alert.AlertState;
import dev.cryptotrader.trading.alert.AlertTrigger;
import dev.cryptotrader.trading.alert.CrossDirection;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.domain.SymbolKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static dev.cryptotrader.storage.Bars.bar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteAlertStoreTest {

    static final SymbolKey BTC = SymbolKey.of(BTC_1M);
    static final SymbolKey ETH = SymbolKey.of(ETH_1M);
    static final AlertTrigger FIRED = new AlertTrigger(T0 + 90_000, Timeframe.M5, T0, CrossDirection.UP);

    @TempDir
    Path dir;

    private SqliteAlertStore open() {
        return SqliteAlertStore.open(dir.resolve("alerts.db"));
    }

    static PriceAlert alert(SymbolKey symbol, AlertCondition condition, String level, long createdAt) {
        return PriceAlert.create(symbol, condition, new BigDecimal(level), createdAt);
    }

    @Test
    void alertsRoundTripExactlyAndTheirStateChangeSurvivesARestart() {
        PriceAlert above = alert(BTC, AlertCondition.CROSSES_ABOVE, "37123.456789012345678", T0);
        PriceAlert below = alert(BTC, AlertCondition.CROSSES_BELOW, "0.00000001", T0 + 1);
        PriceAlert either = alert(BTC, AlertCondition.CROSSES, "999999999999999.5", T0 + 2);
        try (SqliteAlertStore store = open()) {
            store.save(above);
            store.save(below);
            store.save(either);

            assertThat(store.markTriggered(below.id(), FIRED)).isTrue();
            assertThat(store.markTriggered(below.id(), FIRED)).as("once only").isFalse();
            assertThat(store.markTriggered(UUID.randomUUID(), FIRED)).as("unknown").isFalse();
        }

        try (SqliteAlertStore store = open()) {
            assertThat(store.list(BTC)).containsExactly(above, below.triggered(FIRED), either);
            assertThat(store.active()).containsExactly(above, either);
            PriceAlert fired = store.find(below.id()).orElseThrow();
            assertThat(fired.state()).isEqualTo(AlertState.TRIGGERED);
            assertThat(fired.trigger()).contains(FIRED);
            assertThat(store.find(above.id()).orElseThrow().level().toPlainString())
                    .isEqualTo("37123.456789012345678");
        }
    }

    @Test
    void aRearmedOrMovedAlertIsActiveAgain() {
        PriceAlert alert = alert(BTC, AlertCondition.CROSSES, "100", T0);
        try (SqliteAlertStore store = open()) {
            store.save(alert);
            store.markTriggered(alert.id(), FIRED);

            store.save(store.find(alert.id()).orElseThrow().rearmed(T0 + 5));
            assertThat(store.active()).containsExactly(alert.rearmed(T0 + 5));

            store.save(alert.movedTo(new BigDecimal("101.25"), T0 + 6));
            assertThat(store.find(alert.id()).orElseThrow().level()).isEqualByComparingTo("101.25");
            assertThat(store.list(BTC)).hasSize(1);
        }
    }

    @Test
    void alertsBelongToTheirSymbolAndCanBeDeleted() {
        PriceAlert btc = alert(BTC, AlertCondition.CROSSES, "100", T0);
        PriceAlert eth = alert(ETH, AlertCondition.CROSSES, "100", T0 + 1);
        try (SqliteAlertStore store = open()) {
            store.save(btc);
            store.save(eth);

            assertThat(store.list(SymbolKey.of(BTC_1M.withTimeframe(Timeframe.D1)))).containsExactly(btc);
            assertThat(store.active()).containsExactly(btc, eth);
            assertThat(store.delete(eth.id())).isTrue();
            assertThat(store.delete(eth.id())).isFalse();
            assertThat(store.list(ETH)).isEmpty();
            assertThat(store.markTriggered(eth.id(), FIRED)).isFalse();
        }
    }

    @Test
    void anAlertFiredByTheEvaluatorIsStoredOnceWithItsBar() {
        try (SqliteAlertStore store = open()) {
            store.save(alert(BTC, AlertCondition.CROSSES_ABOVE, "40000.50", T0));
            store.save(alert(BTC, AlertCondition.CROSSES_BELOW, "30000", T0));
        }

        int stored = 0;
        try (SqliteAlertStore store = open()) { // a restart: the evaluator starts from the active alerts
            AlertEvaluator evaluator = new AlertEvaluator(() -> T0 + 5 * MINUTE);
            evaluator.trackAll(store.active());
            List<String[]> updates = List.of(
                    new String[] {"0", "40000", "40000.2", "39990", "40000.1"},
                    new String[] {"1", "40000.1", "40000.4", "39995", "40000"},
                    new String[] {"1", "40000.1", "40000.5", "39995", "40000.3"}, // forming: the high touches
                    new String[] {"1", "40000.1", "40001", "39995", "40000.9"},   // forming again
                    new String[] {"1", "40000.1", "40001", "39995", "40000.8"},   // closed
                    new String[] {"2", "40000.8", "40003", "40000", "40002"});
            for (String[] u : updates) {
                for (PriceAlert fired : evaluator.onCandle(BTC_1M, bar(T0 + Long.parseLong(u[0]) * MINUTE, u[1], u[2],
                        u[3], u[4], "1"))) {
                    assertThat(store.markTriggered(fired.id(), fired.trigger().orElseThrow())).isTrue();
                    stored++;
                }
            }
        }
        assertThat(stored).isEqualTo(1);

        try (SqliteAlertStore store = open()) {
            assertThat(store.active()).extracting(PriceAlert::level).containsExactly(new BigDecimal("30000"));
            PriceAlert fired = store.list(BTC).stream().filter(a -> !a.isActive()).findFirst().orElseThrow();
            assertThat(fired.trigger()).contains(
                    new AlertTrigger(T0 + 5 * MINUTE, Timeframe.M1, T0 + MINUTE, CrossDirection.UP));
        }
    }

    @Test
    void badLevelsAreRefusedClearlyAndStoreNothing() {
        try (SqliteAlertStore store = open()) {
            assertThatThrownBy(() -> store.save(alert(BTC, AlertCondition.CROSSES, "-1", T0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the alert level -1 is not a positive price");
            assertThatThrownBy(() -> store.save(alert(BTC, AlertCondition.CROSSES, "1e16", T0)))
                    .hasMessage("the alert level 10000000000000000 is above the largest price 1000000000000000");

            assertThat(store.list(BTC)).isEmpty();
        }
    }

    @Test
    void theSchemaKeepsStateAndTriggerTogether() throws Exception {
        Path file = dir.resolve("alerts.db");
        open().close();
        String head = "INSERT INTO price_alerts VALUES ('" + UUID.randomUUID() + "', 'bitfinex', 'BTC/USD', "
                + "'crosses', ";

        assertThatThrownBy(() -> Sql.execute(file, head + "'100', 0, 'triggered', NULL, NULL, NULL, NULL)"))
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file, head + "'100', 0, 'active', 5, '1m', 0, 'up')"))
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file, head + "'100', 0, 'triggered', 5, '1m', NULL, 'up')"))
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file, head + "'1.2.3', 0, 'active', NULL, NULL, NULL, NULL)"))
                .hasMessageContaining("CHECK constraint failed");
        assertThat(Sql.rows(file, "SELECT count(*) FROM price_alerts")).containsExactly("0");
    }
}
