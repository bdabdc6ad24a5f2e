package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the bars of one series with multi-row {@code INSERT ... VALUES (..),(..),...} statements.
 *
 * <p>Why this shape (1M bars, 2 cores; see bench/CandleImportBenchmark): single-row INSERTs in JDBC batches pay a
 * native step and a VDBE program start per row (0.4-0.7M rows/s). One statement carrying {@value #ROWS_PER_STATEMENT}
 * rows pays them once per chunk, and numbered parameters let every row reuse {@code ?1} for the series id, so only six
 * values per row cross JNI. Statements are prepared once per size (full chunk, then powers of two for the tail) and
 * reused, so no SQL is parsed on the hot path. Rows arrive sorted by key, so every insert appends to the right edge
 * of the B-tree. Dropped after measuring: SQL text with literal values (the parser becomes the bottleneck, ~0.7M
 * rows/s) and one JSON text per chunk expanded by {@code json_each} (extracting six fields per row costs more than
 * binding them, ~0.4M rows/s); a larger page cache made no measurable difference.
 */
final class CandleWriter implements AutoCloseable {

    /** 4096 rows x 6 parameters + 1 stays below SQLite's limit of 32766 bound parameters per statement. */
    static final int ROWS_PER_STATEMENT = 4096;

    private static final String INSERT = "INSERT INTO candles (series_id, open_time, open, high, low, close, volume) "
            + "VALUES ";
    // Only bars whose values differ are rewritten, so re-importing the same data writes nothing and counts nothing.
    private static final String ON_CONFLICT_UPDATE_CHANGED = " ON CONFLICT (series_id, open_time) DO UPDATE SET "
            + "open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close, "
            + "volume = excluded.volume WHERE open <> excluded.open OR high <> excluded.high OR low <> excluded.low "
            + "OR close <> excluded.close OR volume <> excluded.volume";

    private final Connection connection;
    private final Map<Integer, PreparedStatement> inserts = new HashMap<>();
    private final Map<Integer, PreparedStatement> upserts = new HashMap<>();

    CandleWriter(Connection connection) {
        this.connection = connection;
    }

    /** Inserts every bar; the caller has made sure none of their open times is stored yet. */
    long insertAll(long seriesId, CandleSeries bars) throws SQLException {
        return write(seriesId, bars, inserts, false);
    }

    /** Inserts new bars and rewrites stored bars whose values differ; returns how many rows changed. */
    long upsertAll(long seriesId, CandleSeries bars) throws SQLException {
        return write(seriesId, bars, upserts, true);
    }

    private long write(long seriesId, CandleSeries bars, Map<Integer, PreparedStatement> cache, boolean upsert)
            throws SQLException {
        long changed = 0;
        int from = 0;
        int size = bars.size();
        while (from < size) {
            int rows = chunkSize(size - from);
            PreparedStatement ps = cache.get(rows);
            if (ps == null) {
                ps = connection.prepareStatement(sql(rows, upsert));
                cache.put(rows, ps);
            }
            bind(ps, seriesId, bars, from, rows);
            changed += ps.executeUpdate();
            from += rows;
        }
        return changed;
    }

    /** The full chunk, or the largest power of two that fits the rest, so at most 13 statement sizes exist. */
    static int chunkSize(int remaining) {
        return remaining >= ROWS_PER_STATEMENT ? ROWS_PER_STATEMENT : Integer.highestOneBit(remaining);
    }

    private static void bind(PreparedStatement ps, long seriesId, CandleSeries bars, int from, int rows)
            throws SQLException {
        ps.setLong(1, seriesId);
        int p = 2;
        for (int i = from, end = from + rows; i < end; i++) {
            ps.setLong(p++, bars.openTime(i));
            ps.setLong(p++, bars.openMantissa(i));
            ps.setLong(p++, bars.highMantissa(i));
            ps.setLong(p++, bars.lowMantissa(i));
            ps.setLong(p++, bars.closeMantissa(i));
            ps.setLong(p++, bars.volumeMantissa(i));
        }
    }

    static String sql(int rows, boolean upsert) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * 40 + ON_CONFLICT_UPDATE_CHANGED.length());
        sql.append(INSERT);
        int p = 2;
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(?1" : ",(?1");
            for (int k = 0; k < 6; k++) {
                sql.append(",?").append(p++);
            }
            sql.append(')');
        }
        if (upsert) {
            sql.append(ON_CONFLICT_UPDATE_CHANGED);
        }
        return sql.toString();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : inserts.values()) {
            closeQuietly(ps);
        }
        for (PreparedStatement ps : upserts.values()) {
            closeQuietly(ps);
        }
        inserts.clear();
        upserts.clear();
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // the connection is closing anyway
        }
    }
}
