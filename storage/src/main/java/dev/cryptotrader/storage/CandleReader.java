package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads candles straight into the primitive columns of a {@link CandleSeries}.
 *
 * <p>Why not {@code ResultSet.getLong}: for 1M bars that is 7M calls through sqlite-jdbc's result-set checks, each
 * ending in a native call (~400 ms in bench/CandleReadBenchmark). Stepping the statement through sqlite-jdbc's public
 * core API ({@link DB#step}, {@link DB#column_long}) keeps the native calls and drops the wrapper (~200 ms), straight
 * into arrays sized from the series' bar count, so nothing is copied or boxed. The query has no parameters (the
 * bounds are longs written as SQL literals), because sqlite-jdbc only binds parameters inside its own execute. If
 * the driver ever stops exposing that API, {@link #readWithResultSet} is the portable equivalent.
 */
final class CandleReader {

    private static final String SELECT = "SELECT open_time, open, high, low, close, volume FROM candles WHERE ";

    private CandleReader() {
    }

    /** Bars of {@code series} with {@code lo <= open_time <= hi}, oldest first; {@code expected} sizes the arrays. */
    static CandleSeries readRange(Connection c, SeriesRow series, long lo, long hi, int expected) throws SQLException {
        String sql = SELECT + "series_id = " + series.id() + " AND open_time BETWEEN " + literal(lo) + " AND "
                + literal(hi) + " ORDER BY open_time";
        return read(c, sql, expected).toSeries(series, false);
    }

    /** The newest {@code count} bars, oldest first. */
    static CandleSeries readLatest(Connection c, SeriesRow series, int count) throws SQLException {
        String sql = SELECT + "series_id = " + series.id() + " ORDER BY open_time DESC LIMIT " + count;
        return read(c, sql, count).toSeries(series, true);
    }

    private static Columns read(Connection c, String sql, int expected) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Columns columns = new Columns(expected);
            if (ps instanceof CoreStatement core) {
                core.pointer.safeRunConsume((db, stmt) -> stepAll(db, stmt, columns));
            } else {
                readWithResultSet(ps, columns);
            }
            return columns;
        }
    }

    private static void stepAll(DB db, long stmt, Columns out) throws SQLException {
        try {
            int rc;
            while ((rc = db.step(stmt)) == Codes.SQLITE_ROW) {
                out.add(db.column_long(stmt, 0), db.column_long(stmt, 1), db.column_long(stmt, 2),
                        db.column_long(stmt, 3), db.column_long(stmt, 4), db.column_long(stmt, 5));
            }
            if (rc != Codes.SQLITE_DONE) {
                db.throwex(rc);
            }
        } finally {
            db.reset(stmt);
        }
    }

    static void readWithResultSet(PreparedStatement ps, Columns out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            }
        }
    }

    /** A long as SQL text; Long.MIN_VALUE has no literal (its magnitude overflows before the minus applies). */
    static String literal(long value) {
        return value == Long.MIN_VALUE ? "(-9223372036854775807 - 1)" : Long.toString(value);
    }

    /** Growable columns, handed to the series without copying when they are full enough. */
    static final class Columns {
        private long[] time;
        private long[] open;
        private long[] high;
        private long[] low;
        private long[] close;
        private long[] volume;
        private int size;

        Columns(int capacity) {
            int c = Math.max(capacity, 1);
            time = new long[c];
            open = new long[c];
            high = new long[c];
            low = new long[c];
            close = new long[c];
            volume = new long[c];
        }

        void add(long t, long o, long h, long l, long c, long v) {
            if (size == time.length) {
                grow();
            }
            time[size] = t;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            size++;
        }

        CandleSeries toSeries(SeriesRow series, boolean newestFirst) {
            if (newestFirst) {
                for (long[] column : new long[][]{time, open, high, low, close, volume}) {
                    reverse(column, size);
                }
            }
            if (size < time.length / 2) {
                resize(size); // do not keep a mostly empty allocation alive
            }
            return new CandleSeries(time, open, high, low, close, volume, size, series.priceScale(),
                    series.volumeScale());
        }

        private void grow() {
            long capacity = Math.min(Integer.MAX_VALUE - 8L, size * 2L);
            if (capacity <= size) {
                throw new IllegalStateException("more than " + size + " bars do not fit in one series");
            }
            resize((int) capacity);
        }

        private void resize(int capacity) {
            time = Arrays.copyOf(time, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }

        private static void reverse(long[] a, int n) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }
}
