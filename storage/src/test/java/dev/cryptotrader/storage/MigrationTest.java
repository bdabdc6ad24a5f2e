package dev.cryptotrader.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

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
                .containsExactly("1:1", "2:1", "3:1", "4:1", "5:1", "6:1");
        assertThat(rows(file, "SELECT name || ':' || strict || ':' || wr FROM pragma_table_list "
                + "WHERE name IN ('series', 'candles', 'confirmed_empty', 'jobs', 'job_runs') ORDER BY name"))
                .containsExactly("candles:1:1", "confirmed_empty:1:1", "job_runs:1:0", "jobs:1:1", "series:1:0");
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
    void theNewestMigrationIsFoundInAFolderAndInAJar() throws Exception {
        Path folder = Path.of(SqliteConnections.class.getResource("/db/migration").toURI());
        try (var files = Files.list(folder)) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(newest()).isEqualTo(newest);
        }

        assertThat(newestIn(jar("a.jar", "db/", "db/migration/", "db/migration/V1__a.sql", "db/migration/V12__b.sql",
                "db/other/V99__c.sql"))).isEqualTo(12);
        for (String other : new String[] {"V1_1__b.sql", "R__views.sql", "V2__Java.class", "sub/V3__c.sql"}) {
            assertThat(newestIn(jar(other.replace('/', '-') + ".jar", "db/", "db/migration/",
                    "db/migration/V1__a.sql", "db/migration/" + other)))
                    .as("%s leaves the decision to Flyway", other).isEqualTo(-1);
        }
    }

    @Test
    void aMigratedFileIsStampedAndLaterOpensSkipFlyway() throws Exception {
        Path file = dir.resolve("s.db");
        SqliteConnections connections = new SqliteConnections(file);

        assertThat(connections.prepareSchema()).as("first open migrates").isTrue();
        assertThat(rows(file, "SELECT * FROM pragma_application_id(), pragma_user_version()"))
                .containsExactly(SqliteConnections.APPLICATION_ID + "|" + newest());
        assertThat(connections.prepareSchema()).as("second open").isFalse();
    }

    @Test
    void aFileMigratedBeforeTheStampIsCheckedByFlywayOnceAndKeepsItsData() throws Exception {
        Path file = dir.resolve("old.db");
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, Bars.walk(0, 100, 1));
        }
        execute(file, "PRAGMA application_id = 0", "PRAGMA user_version = 0"); // as written by earlier releases
        List<String> history = rows(file, "SELECT * FROM flyway_schema_history");

        assertThat(new SqliteConnections(file).prepareSchema()).isTrue();
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            assertThat(store.info(BTC_1M).orElseThrow().barCount()).isEqualTo(100);
        }
        assertThat(rows(file, "SELECT * FROM flyway_schema_history")).isEqualTo(history);
        assertThat(rows(file, "PRAGMA user_version")).containsExactly(String.valueOf(newest()));
    }

    @Test
    void aFileFromANewerReleaseStillGoesThroughFlywayAndKeepsItsVersion() throws Exception {
        Path file = dir.resolve("newer.db");
        SqliteCandleStore.open(file).close();
        int newer = newest() + 1;
        execute(file, "PRAGMA user_version = " + newer);

        assertThat(new SqliteConnections(file).prepareSchema()).isTrue();
        assertThat(rows(file, "PRAGMA user_version")).containsExactly(String.valueOf(newer));
    }

    @Test
    void aStampedFileWithoutOurIdIsMigratedNormally() throws Exception {
        Path file = dir.resolve("foreign.db");
        execute(file, "PRAGMA user_version = " + newest()); // some other app's file

        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            assertThat(store.listSeries()).isEmpty();
        }
        assertThat(rows(file, "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1", "2", "3", "4", "5", "6");
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

    private static int newest() {
        return SqliteConnections.newestMigration(SqliteConnections.class.getClassLoader());
    }

    private static int newestIn(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return SqliteConnections.newestMigration(loader);
        }
    }

    private Path jar(String name, String... entries) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                if (!entry.endsWith("/")) {
                    out.write("SELECT 1;".getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static void execute(Path file, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
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
