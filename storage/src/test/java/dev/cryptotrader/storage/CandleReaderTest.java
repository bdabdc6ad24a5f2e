package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static org.assertj.core.api.Assertions.assertThat;

class CandleReaderTest {

    @TempDir
    Path dir;

    @Test
    void theDirectPathReadsWhatTheResultSetPathReads() throws Exception {
        Path file = dir.resolve("c.db");
        CandleSeries bars = Bars.walk(0, 5_000, 1);
        try (SqliteCandleStore store = SqliteCandleStore.open(file)) {
            store.upsert(BTC_1M, bars);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SeriesRow series = SeriesTable.find(c, BTC_1M).orElseThrow();
            CandleSeries direct = CandleReader.readRange(c, series, Long.MIN_VALUE, Long.MAX_VALUE, 10);
            CandleReader.Columns columns = new CandleReader.Columns(1);
            try (PreparedStatement ps = c.prepareStatement("SELECT open_time, open, high, low, close, volume "
                    + "FROM candles ORDER BY open_time")) {
                CandleReader.readWithResultSet(ps, columns);
            }
            CandleSeries portable = columns.toSeries(series, false);

            assertThat(direct.toCandles()).isEqualTo(bars.toCandles());
            assertThat(portable.toCandles()).isEqualTo(bars.toCandles());
        }
    }

    @Test
    void writesEveryLongAsAnExactIntegerLiteral() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (long v : new long[]{Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, Long.MAX_VALUE}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT typeof(" + CandleReader.literal(v) + "), "
                        + CandleReader.literal(v)); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("integer");
                    assertThat(rs.getLong(2)).isEqualTo(v);
                }
            }
        }
    }
}
