package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.UpsertResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * One upsert as one write transaction on the writer connection: reconcile scales, write the bars, update the series
 * summary, commit; on any failure roll everything back. Callers hold the store's write lock.
 *
 * <p>Counting: when no stored bar lies in the incoming time span (a new series, or appending after the last bar:
 * the usual import) every bar is new, so a plain INSERT is used and {@code inserted = n} without a conflict check per
 * row. Otherwise the span is counted before and after an UPSERT that rewrites only differing bars: the growth of the
 * count is {@code inserted}, the statement's change count minus that is {@code updated}, and the rest is
 * {@code unchanged}.
 */
final class CandleUpsert implements AutoCloseable {

    private final Connection connection;
    private final CandleWriter writer;
    /** Runs just before COMMIT; tests use it to hold a write open or to make it fail late. */
    private final Runnable beforeCommit;

    CandleUpsert(Connection connection, Runnable beforeCommit) {
        this.connection = connection;
        this.writer = new CandleWriter(connection);
        this.beforeCommit = beforeCommit;
    }

    UpsertResult run(SeriesKey key, CandleSeries incoming) throws SQLException {
        requireStrictlyIncreasing(key, incoming);
        if (incoming.isEmpty()) {
            return new UpsertResult(0, 0, 0);
        }
        execute("BEGIN IMMEDIATE");
        boolean committed = false;
        try {
            UpsertResult result = write(key, incoming);
            beforeCommit.run();
            execute("COMMIT");
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollback();
            }
        }
    }

    private UpsertResult write(SeriesKey key, CandleSeries incoming) throws SQLException {
        SeriesRow stored = SeriesTable.find(connection, key).orElse(null);
        boolean created = stored == null;
        if (created) {
            stored = SeriesTable.create(connection, key, incoming.priceScale(), incoming.volumeScale());
        }
        int priceScale = Math.max(stored.priceScale(), incoming.priceScale());
        int volumeScale = Math.max(stored.volumeScale(), incoming.volumeScale());
        StoredScales.widenPrices(connection, stored.id(), stored.priceScale(), priceScale);
        StoredScales.widenVolumes(connection, stored.id(), stored.volumeScale(), volumeScale);
        CandleSeries bars = widen(key, incoming, priceScale, volumeScale);

        long first = bars.firstOpenTime();
        long last = bars.lastOpenTime();
        int n = bars.size();
        UpsertResult result;
        if (stored.isEmpty() || first > stored.lastOpenTime() || last < stored.firstOpenTime()
                || countStored(stored.id(), first, last, true) == 0) {
            writer.insertAll(stored.id(), bars);
            result = new UpsertResult(n, 0, 0);
        } else {
            long before = countStored(stored.id(), first, last, false);
            long changed = writer.upsertAll(stored.id(), bars);
            long inserted = countStored(stored.id(), first, last, false) - before;
            result = new UpsertResult(inserted, changed - inserted, n - changed);
        }

        boolean scalesChanged = priceScale != stored.priceScale() || volumeScale != stored.volumeScale();
        if (created || scalesChanged || result.inserted() + result.updated() > 0) {
            long barCount = stored.barCount() + result.inserted();
            long firstTime = stored.isEmpty() ? first : Math.min(first, stored.firstOpenTime());
            long lastTime = stored.isEmpty() ? last : Math.max(last, stored.lastOpenTime());
            SeriesTable.update(connection, new SeriesRow(stored.id(), key, priceScale, volumeScale, barCount,
                    firstTime, lastTime, stored.version() + 1));
        }
        return result;
    }

    /** Incoming bars at the stored scales when those are wider; an overflow rejects the whole upsert. */
    private static CandleSeries widen(SeriesKey key, CandleSeries incoming, int priceScale, int volumeScale) {
        try {
            return incoming.withScales(priceScale, volumeScale);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("cannot store bars of " + key + " with " + priceScale
                    + " price decimals and " + volumeScale + " volume decimals (the series' stored precision): a "
                    + "value would overflow 64 bits; nothing was written", e);
        }
    }

    /** Stored bars with open time in [first, last]; {@code anyOnly} stops at the first one found. */
    private long countStored(long seriesId, long first, long last, boolean anyOnly) throws SQLException {
        String sql = anyOnly
                ? "SELECT EXISTS (SELECT 1 FROM candles WHERE series_id = ? AND open_time BETWEEN ? AND ?)"
                : "SELECT count(*) FROM candles WHERE series_id = ? AND open_time BETWEEN ? AND ?";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, seriesId);
            ps.setLong(2, first);
            ps.setLong(3, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void requireStrictlyIncreasing(SeriesKey key, CandleSeries bars) {
        for (int i = 1; i < bars.size(); i++) {
            if (bars.openTime(i) <= bars.openTime(i - 1)) {
                throw new IllegalArgumentException("bars of " + key + " are not in strictly increasing time order: bar "
                        + i + " opens at " + Instant.ofEpochMilli(bars.openTime(i)) + ", not after "
                        + Instant.ofEpochMilli(bars.openTime(i - 1)) + "; nothing was written");
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite already rolled back (e.g. after an I/O error); the transaction is gone either way
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
