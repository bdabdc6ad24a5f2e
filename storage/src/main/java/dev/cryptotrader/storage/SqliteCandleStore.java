package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.port.UpsertResult;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Candles in one SQLite file (schema: {@code db/migration}). One writer connection guarded by a lock does every
 * upsert; reads use a small pool of other connections and, thanks to WAL, see the last committed state without
 * waiting for a write in progress. See {@link CandleUpsert} for write semantics and {@link CandleWriter} and
 * {@link CandleReader} for why they are fast.
 */
public final class SqliteCandleStore implements CandleStore {

    private static final int MAX_READERS = 4;
    private static final Comparator<SeriesInfo> BY_KEY = Comparator
            .comparing((SeriesInfo s) -> s.key().exchange().id())
            .thenComparing(s -> s.key().instrument().symbol())
            .thenComparing(s -> s.key().timeframe());

    private final Path file;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writerConnection;
    private final CandleUpsert upsert;
    private final ReaderPool readers;
    private boolean closed; // guarded by writeLock

    private SqliteCandleStore(SqliteConnections connections, Runnable beforeCommit) throws SQLException {
        this.file = connections.file();
        this.writerConnection = connections.openWriter();
        this.upsert = new CandleUpsert(writerConnection, beforeCommit);
        this.readers = new ReaderPool(connections, MAX_READERS);
    }

    /** Opens (creating it and its parent directories if needed) and migrates the database at {@code file}. */
    public static SqliteCandleStore open(Path file) {
        return open(file, () -> { });
    }

    /** Opens the per-user default database (see {@link DataDirectory}). */
    public static SqliteCandleStore openDefault() {
        return open(DataDirectory.ofCurrentUser().databaseFile());
    }

    static SqliteCandleStore open(Path file, Runnable beforeCommit) {
        Objects.requireNonNull(file, "file");
        SqliteConnections connections = SqliteConnections.prepared(file);
        try {
            return new SqliteCandleStore(connections, beforeCommit);
        } catch (SQLException e) {
            throw new StorageException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public UpsertResult upsert(SeriesKey key, CandleSeries candles) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(candles, "candles");
        writeLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the candle store " + file + " is closed");
            }
            return upsert.run(key, candles);
        } catch (SQLException e) {
            throw new StorageException("cannot write bars of " + key + " to " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public CandleSeries read(SeriesKey key, TimeRange range) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(range, "range");
        return read("read bars of " + key, c -> {
            SeriesRow series = SeriesTable.find(c, key).orElse(null);
            if (series == null || series.isEmpty() || range.from() == range.to()) {
                return emptyOf(series);
            }
            long lo = Math.max(range.from(), series.firstOpenTime());
            long hi = Math.min(range.to() - 1, series.lastOpenTime()); // to > from here, so to - 1 cannot overflow
            if (lo > hi) {
                return emptyOf(series);
            }
            return CandleReader.readRange(c, series, lo, hi, expectedBars(series, lo, hi));
        });
    }

    @Override
    public CandleSeries readLatest(SeriesKey key, int count) {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("cannot read " + count + " bars");
        }
        return read("read the latest bars of " + key, c -> {
            SeriesRow series = SeriesTable.find(c, key).orElse(null);
            if (series == null || series.isEmpty() || count == 0) {
                return emptyOf(series);
            }
            return CandleReader.readLatest(c, series, (int) Math.min(count, series.barCount()));
        });
    }

    @Override
    public List<SeriesInfo> listSeries() {
        return read("list the series", c -> SeriesTable.all(c).stream()
                .filter(s -> !s.isEmpty()).map(SeriesRow::info).sorted(BY_KEY).toList());
    }

    @Override
    public Optional<SeriesInfo> info(SeriesKey key) {
        Objects.requireNonNull(key, "key");
        return read("describe " + key, c -> SeriesTable.find(c, key).filter(s -> !s.isEmpty()).map(SeriesRow::info));
    }

    @Override
    public void close() {
        readers.close();
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            upsert.close();
            writerConnection.close(); // the last connection to close checkpoints the WAL into the main file
        } catch (SQLException e) {
            throw new StorageException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T read(String what, ReaderPool.Work<T> work) {
        try {
            return readers.read(work);
        } catch (SQLException e) {
            throw new StorageException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** An upper bound when bars sit on their timeframe's grid (the usual case); only sizes the first allocation. */
    private static int expectedBars(SeriesRow series, long lo, long hi) {
        long span = hi - lo; // lo and hi are stored open times of one series, so this does not overflow in practice
        long onGrid = span < 0 ? series.barCount() : span / series.key().timeframe().millis() + 1;
        return (int) Math.min(Math.min(series.barCount(), onGrid), Integer.MAX_VALUE - 8L);
    }

    private static CandleSeries emptyOf(SeriesRow series) {
        return series == null ? CandleSeries.empty()
                : new CandleSeries(new long[0], new long[0], new long[0], new long[0], new long[0], new long[0], 0,
                series.priceScale(), series.volumeScale());
    }
}
