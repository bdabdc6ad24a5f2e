package dev.cryptotrader.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Opens connections to one database file with the settings every connection needs, and migrates the schema. */
final class SqliteConnections {

    /**
     * 32 KiB pages suit append-mostly bulk data: fewer B-tree splits, levels and WAL frames. Importing 1M bars including
     * the checkpoint took (median, interleaved runs) 758 ms at 4 KiB, 622 at 16 KiB, 571 at 32 KiB, 567 at 64 KiB.
     */
    static final int PAGE_SIZE = 32_768;
    static final int BUSY_TIMEOUT_MS = 10_000;
    /** SQLite's application_id for our files ("CTDB"), set together with user_version once migrated. */
    static final int APPLICATION_ID = 0x43544442;

    private static final Pattern MIGRATION = Pattern.compile("V(\\d{1,9})__.*\\.sql");

    private final Path file;
    private final String url;

    /**
     * The connections of the database at {@code file}, ready to use: its parent directories exist and the schema is
     * migrated. Every store opens through here.
     */
    static SqliteConnections prepared(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException("cannot create the directory for " + file + ": " + e.getMessage(), e);
        }
        SqliteConnections connections = new SqliteConnections(file);
        connections.prepareSchema();
        return connections;
    }

    /** The one connection of a small store (alerts, drawings, jobs...): its writer, on a prepared database. */
    static Connection openSingle(Path file) {
        try {
            return prepared(file).openWriter();
        } catch (SQLException e) {
            throw new StorageException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    SqliteConnections(Path file) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    Path file() {
        return file;
    }

    /**
     * Makes a new file use large pages and WAL, then applies pending Flyway migrations, unless the file says it is at
     * the newest bundled migration already. Flyway costs a cold start about half a second (hundreds of classes, a
     * classpath scan, the history table) only to find nothing to do, so after a successful migration the file is
     * stamped with SQLite's application_id and user_version, and later opens skip Flyway. Any other file (new, older,
     * newer, not ours) goes through Flyway exactly as before. Returns whether Flyway ran.
     */
    boolean prepareSchema() {
        int stamped = bootstrap();
        int newest = NewestMigration.VERSION;
        if (newest > 0 && stamped == newest) {
            return false;
        }
        try {
            SQLiteDataSource dataSource = new SQLiteDataSource(config());
            dataSource.setUrl(url);
            Flyway.configure(SqliteConnections.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate the database schema of " + file + ": " + e.getMessage(), e);
        }
        stampSchemaVersion(newest);
        return true;
    }

    /** The single writing connection; its callers serialise on a lock, so SQLite's own mutex is not needed. */
    Connection openWriter() throws SQLException {
        return config().createConnection(url);
    }

    /** A connection that refuses writes, so a read path can never change data by mistake. */
    Connection openReader() throws SQLException {
        Connection c = config().createConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        // WAL lets readers keep reading the last committed state while the writer works; NORMAL skips the fsync on
        // each commit (a power cut may lose the last commits, never consistency).
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Each connection is used by one thread at a time (writer lock, reader pool): skip SQLite's per-call mutex.
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        return config;
    }

    /**
     * Page size can only be chosen before the first write and before WAL mode; both happen here on a new file. Returns
     * the schema version the file is stamped with, or -1 if it is not stamped as ours.
     */
    private int bootstrap() {
        SQLiteConfig plain = new SQLiteConfig();
        plain.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = plain.createConnection(url); Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size = " + PAGE_SIZE);
            s.execute("PRAGMA journal_mode = WAL");
            try (ResultSet rs = s.executeQuery("SELECT a.application_id, u.user_version "
                    + "FROM pragma_application_id() a, pragma_user_version() u")) {
                return rs.next() && rs.getInt(1) == APPLICATION_ID ? rs.getInt(2) : -1;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Never lowers the version: a file from a newer release keeps its own. */
    private void stampSchemaVersion(int newest) {
        try (Connection c = config().createConnection(url); Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = Math.max(rs.next() ? rs.getInt(1) : 0, newest);
            }
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + version);
        } catch (SQLException e) {
            throw new StorageException("cannot stamp the schema version of " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The highest N among the {@code db/migration/VN__*.sql} that {@code loader} sees, or -1 if that cannot be told
     * (then Flyway always runs): anything else in the folder (repeatable or Java migrations, subfolders, dotted
     * versions) means a case this shortcut does not cover. Listed directly rather than through Flyway's scanner, which
     * is the cost being avoided.
     */
    static int newestMigration(ClassLoader loader) {
        try {
            int newest = -1;
            for (URL dir : Collections.list(loader.getResources("db/migration"))) {
                for (String name : fileNames(dir)) {
                    Matcher m = MIGRATION.matcher(name);
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    } else if (!name.isEmpty()) { // empty: the folder's own jar entry
                        return -1;
                    }
                }
            }
            return newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return -1;
        }
    }

    private static List<String> fileNames(URL dir) throws IOException, URISyntaxException {
        if (dir.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false); // a JarFile of our own, so closing it cannot close the class loader's
            String prefix = jar.getEntryName() + "/";
            try (JarFile file = jar.getJarFile()) {
                return file.stream().map(JarEntry::getName).filter(n -> n.startsWith(prefix))
                        .map(n -> n.substring(prefix.length())).toList();
            }
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** Looked up once per JVM, by the first open. */
    private static final class NewestMigration {
        static final int VERSION = newestMigration(SqliteConnections.class.getClassLoader());
    }
}
