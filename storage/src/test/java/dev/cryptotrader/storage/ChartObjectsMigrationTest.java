package dev.cryptotrader.storage;

import dev.cryptotrader.trading.alert.AlertCondition;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.drawing.Anchor;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.trading.port.ChartLayout;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.domain.SymbolKey;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** V4..V6: the drawing, alert and chart-layout tables, on a new file and on a file from before them. */
class ChartObjectsMigrationTest {

    static final List<String> TABLES = List.of("chart_layout_indicators", "chart_layout_panes",
            "chart_layout_settings", "chart_layouts", "drawings", "price_alerts");

    @TempDir
    Path dir;

    @Test
    void aNewFileHasTheTablesStrictAndIsStampedWithTheNewestVersion() throws Exception {
        Path file = dir.resolve("new.db");
        SqliteCandleStore.open(file).close();

        assertThat(Sql.rows(file, "SELECT name || ':' || strict FROM pragma_table_list WHERE name IN ("
                + quoted(TABLES) + ") ORDER BY name"))
                .containsExactlyElementsOf(TABLES.stream().map(t -> t + ":1").toList());
        assertThat(Sql.rows(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                + "('drawings_by_symbol', 'price_alerts_by_symbol') ORDER BY name"))
                .containsExactly("drawings_by_symbol", "price_alerts_by_symbol");
        int newest = SqliteConnections.newestMigration(SqliteConnections.class.getClassLoader());
        assertThat(newest).isGreaterThanOrEqualTo(6);
        assertThat(Sql.rows(file, "PRAGMA user_version")).containsExactly(String.valueOf(newest));
    }

    @Test
    void aVersionThreeFileGainsTheTablesAndKeepsItsData() throws Exception {
        Path file = dir.resolve("v3.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("3").load().migrate();
        Sql.execute(file, "INSERT INTO jobs VALUES ('backfill', 'bitfinex', 'BTC/USD', '1m', " + T0 + ")");
        assertThat(Sql.rows(file, "SELECT count(*) FROM pragma_table_list WHERE name IN (" + quoted(TABLES) + ")"))
                .containsExactly("0");

        SymbolKey btc = SymbolKey.of(BTC_1M);
        Drawing line = Drawing.create(btc, DrawingKind.HORIZONTAL_LINE, List.of(Anchor.of(T0, "37000.5")), T0);
        PriceAlert alert = PriceAlert.create(btc, AlertCondition.CROSSES, new BigDecimal("37000.5"), T0);
        try (SqliteDrawingStore drawings = SqliteDrawingStore.open(file);
             SqliteAlertStore alerts = SqliteAlertStore.open(file);
             SqliteChartLayoutStore layouts = SqliteChartLayoutStore.open(file);
             SqliteJobStore jobs = SqliteJobStore.open(file)) {
            drawings.save(line);
            alerts.save(alert);
            layouts.save(ChartLayout.of("main", List.of(), List.of("price"), Map.of()));

            assertThat(drawings.list(btc)).containsExactly(line);
            assertThat(alerts.active()).containsExactly(alert);
            assertThat(layouts.names()).containsExactly("main");
            assertThat(jobs.nextDueTimes()).containsEntry(new JobKey(JobKind.BACKFILL, BTC_1M), T0);
        }
        assertThat(Sql.rows(file, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                .startsWith("1", "2", "3", "4", "5", "6");
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
    }
}
