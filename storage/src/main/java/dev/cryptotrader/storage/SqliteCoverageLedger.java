package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.TimeSpans;
import dev.cryptotrader.trading.port.CoverageLedger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Confirmed-empty spans in the {@code confirmed_empty} table of the same SQLite file as the candles. Ledger calls are
 * few and small (one per page at most), so one connection behind the object's monitor serves reads and writes; it is
 * a second writer next to the candle store's, and SQLite's busy timeout serialises the two.
 */
public final class SqliteCoverageLedger extends SingleConnectionStore implements CoverageLedger {

    private static final String KEY = "exchange = ? AND symbol = ? AND timeframe = ?";
    /** Rows that overlap or touch [?, ?]: merging with them keeps the rows of a series disjoint and apart. */
    private static final String MEETS = KEY + " AND start_time <= ? AND end_time >= ?";


    private SqliteCoverageLedger(Path file, Connection connection) {
        super("coverage ledger", file, connection);
    }

    /** Opens (creating and migrating it if needed) the database at {@code file}. */
    public static SqliteCoverageLedger open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SqliteCoverageLedger(file, SqliteConnections.openSingle(file));
    }

    @Override
    public synchronized void recordEmpty(SeriesKey key, List<TimeRange> spans) {
        Objects.requireNonNull(key, "key");
        List<TimeRange> merged = TimeSpans.merge(spans);
        if (merged.isEmpty()) {
            return;
        }
        ensureOpen();
        try {
            execute("BEGIN IMMEDIATE"); // take the write lock up front: a read-then-write upgrade could fail busy
            try {
                for (TimeRange span : merged) {
                    mergeIn(key, span);
                }
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot record confirmed-empty spans of " + key + " in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<TimeRange> confirmedEmpty(SeriesKey key, TimeRange within) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(within, "within");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT start_time, end_time FROM confirmed_empty "
                + "WHERE " + KEY + " AND start_time < ? AND end_time > ? ORDER BY start_time")) {
            bindKey(ps, key);
            ps.setLong(4, within.to());
            ps.setLong(5, within.from());
            return spans(ps);
        } catch (SQLException e) {
            throw new StorageException("cannot read confirmed-empty spans of " + key + " in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Replaces every row that meets {@code span} by one row for their union. */
    private void mergeIn(SeriesKey key, TimeRange span) throws SQLException {
        List<TimeRange> union = new ArrayList<>(List.of(span));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT start_time, end_time FROM confirmed_empty WHERE " + MEETS)) {
            bindMeets(ps, key, span);
            union.addAll(spans(ps));
        }
        TimeRange merged = TimeSpans.merge(union).getFirst(); // everything here meets span, so they merge into one
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM confirmed_empty WHERE " + MEETS)) {
            bindMeets(ps, key, span);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO confirmed_empty "
                + "(exchange, symbol, timeframe, start_time, end_time) VALUES (?, ?, ?, ?, ?)")) {
            bindKey(ps, key);
            ps.setLong(4, merged.from());
            ps.setLong(5, merged.to());
            ps.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement ps, SeriesKey key) throws SQLException {
        ps.setString(1, key.exchange().id());
        ps.setString(2, key.instrument().symbol());
        ps.setString(3, key.timeframe().label());
    }

    private static void bindMeets(PreparedStatement ps, SeriesKey key, TimeRange span) throws SQLException {
        bindKey(ps, key);
        ps.setLong(4, span.to());
        ps.setLong(5, span.from());
    }

    private static List<TimeRange> spans(PreparedStatement ps) throws SQLException {
        List<TimeRange> spans = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                spans.add(new TimeRange(rs.getLong(1), rs.getLong(2)));
            }
        }
        return spans;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

}
