package dev.cryptotrader.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheSchemaAndItsParentDirectories() throws Exception {
        Path file = dir.resolve("a/b/cryptotrader.db");

        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            assertThat(Files.isRegularFile(store.file())).isTrue();
        }

        assertThat(rows(file, "SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1:1");
        assertThat(rows(file, "SELECT name || ':' || strict || ':' || wr FROM pragma_table_list "
                + "WHERE name IN ('series', 'candles') ORDER BY name"))
                .containsExactly("candles:1:1", "series:1:0");
    }

    @Test
    void reopeningAppliesNothingAgainAndKeepsTheData() throws Exception {
        Path file = dir.resolve("c.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, Bars.walk(0, 500, 1));
        }
        List<String> history = rows(file, "SELECT * FROM flyway_schema_history");

        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            assertThat(store.info(BTC_1M).orElseThrow().barCount()).isEqualTo(500);
            assertThat(store.readAll(BTC_1M).toCandles()).isEqualTo(Bars.walk(0, 500, 1).toCandles());
        }
        assertThat(rows(file, "SELECT * FROM flyway_schema_history")).isEqualTo(history);
    }

    @Test
    void theSchemaRefusesRealValuesInCandles() throws Exception {
        Path file = dir.resolve("c.db");
        SqliteCandleStore.open(file).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO candles VALUES (1, 0, 1.5, 2, 1, 1, 1)"))
                    .hasMessageContaining("cannot store REAL value in INTEGER column");
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsClearly() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "this is not sqlite ".repeat(100));

        assertThatThrownBy(() -> SqliteCandleStore.open(file))
                .isInstanceOf(StorageException.class).hasMessageContaining(file.toString());
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
