package dev.cryptotrader.bench;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.port.UpsertResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Importing one million one-minute bars into a new database file, timed from the first row to the commit (opening
 * the file and creating the schema are not timed). Rows/s = 1,000,000 / (ms/op / 1000).
 *
 * <p>{@code naiveBatchedInsert} is the baseline from the toolchain spike, in plain JDBC: WAL, synchronous=NORMAL, a
 * WITHOUT ROWID table keyed by (symbol, ts), one transaction, a single-row INSERT with executeBatch every 10k rows.
 * {@code sqliteCandleStoreUpsert} is the production path ({@link SqliteCandleStore#upsert}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CandleImportBenchmark {

    @State(Scope.Benchmark)
    public static class Bars {
        CandleSeries candles;

        @Setup(Level.Trial)
        public void generate() {
            candles = SyntheticCandles.randomWalk(SyntheticCandles.ONE_MILLION, 42);
        }
    }

    @State(Scope.Thread)
    public static class NaiveDatabase {
        TempDatabase db;
        Connection connection;

        @Setup(Level.Iteration)
        public void create() throws SQLException {
            db = new TempDatabase("naive.db");
            connection = DriverManager.getConnection("jdbc:sqlite:" + db.file());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE candles (symbol TEXT NOT NULL, ts INTEGER NOT NULL, open INTEGER NOT NULL, "
                        + "high INTEGER NOT NULL, low INTEGER NOT NULL, close INTEGER NOT NULL, "
                        + "volume INTEGER NOT NULL, PRIMARY KEY (symbol, ts)) WITHOUT ROWID");
            }
        }

        @TearDown(Level.Iteration)
        public void delete() throws SQLException {
            connection.close();
            db.delete();
        }
    }

    @State(Scope.Thread)
    public static class StoreDatabase {
        TempDatabase db;
        SqliteCandleStore store;

        @Setup(Level.Iteration)
        public void create() {
            db = new TempDatabase("store.db");
            store = SqliteCandleStore.open(db.file());
        }

        @TearDown(Level.Iteration)
        public void delete() {
            store.close();
            db.delete();
        }
    }

    @Benchmark
    public int naiveBatchedInsert(Bars bars, NaiveDatabase naive) throws SQLException {
        CandleSeries c = bars.candles;
        Connection connection = naive.connection;
        connection.setAutoCommit(false);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO candles VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < c.size(); i++) {
                ps.setString(1, "BTC/USD");
                ps.setLong(2, c.openTime(i));
                ps.setLong(3, c.openMantissa(i));
                ps.setLong(4, c.highMantissa(i));
                ps.setLong(5, c.lowMantissa(i));
                ps.setLong(6, c.closeMantissa(i));
                ps.setLong(7, c.volumeMantissa(i));
                ps.addBatch();
                if ((i + 1) % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        connection.commit();
        return c.size();
    }

    @Benchmark
    public UpsertResult sqliteCandleStoreUpsert(Bars bars, StoreDatabase store) {
        UpsertResult result = store.store.upsert(SyntheticCandles.BTC_USD_1M, bars.candles);
        if (result.inserted() != bars.candles.size()) {
            throw new IllegalStateException("expected every bar to be inserted, got " + result);
        }
        return result;
    }
}
