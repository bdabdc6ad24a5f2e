package dev.cryptotrader.bench;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.CandleSeries;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Reading all one million bars of a series into a {@link CandleSeries} (goal: at most 300 ms). The plain
 * {@code ResultSet.getLong} loop over the same file is there for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class CandleReadBenchmark {

    private TempDatabase db;
    private SqliteCandleStore store;
    private Connection plain;

    @Setup(Level.Trial)
    public void prepare() throws SQLException {
        db = new TempDatabase("read.db");
        try (SqliteCandleStore writer = SqliteCandleStore.open(db.file())) {
            writer.upsert(SyntheticCandles.BTC_USD_1M,
                    SyntheticCandles.randomWalk(SyntheticCandles.ONE_MILLION, 7));
        }
        store = SqliteCandleStore.open(db.file());
        plain = DriverManager.getConnection("jdbc:sqlite:" + db.file());
    }

    @TearDown(Level.Trial)
    public void delete() throws SQLException {
        plain.close();
        store.close();
        db.delete();
    }

    @Benchmark
    public CandleSeries sqliteCandleStoreReadAll() {
        CandleSeries series = store.readAll(SyntheticCandles.BTC_USD_1M);
        if (series.size() != SyntheticCandles.ONE_MILLION) {
            throw new IllegalStateException("read " + series.size() + " bars");
        }
        return series;
    }

    @Benchmark
    public CandleSeries jdbcResultSetBaseline() throws SQLException {
        int n = SyntheticCandles.ONE_MILLION;
        CandleSeries.Builder b = CandleSeries.builder(n, 2, 8);
        try (PreparedStatement ps = plain.prepareStatement("SELECT open_time, open, high, low, close, volume "
                + "FROM candles WHERE series_id = 1 ORDER BY open_time"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                b.addMantissas(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6));
            }
        }
        return b.build();
    }
}
