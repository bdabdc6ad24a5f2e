package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code series} table. Every method runs inside the caller's transaction. */
final class SeriesTable {

    private static final String COLUMNS = "id, exchange, symbol, timeframe, price_scale, volume_scale, bar_count, "
            + "first_open_time, last_open_time, version";

    private SeriesTable() {
    }

    static Optional<SeriesRow> find(Connection c, SeriesKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM series WHERE exchange = ? AND symbol = ? AND timeframe = ?")) {
            ps.setString(1, key.exchange().id());
            ps.setString(2, key.instrument().symbol());
            ps.setString(3, key.timeframe().label());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** Every series, in no particular order. */
    static List<SeriesRow> all(Connection c) throws SQLException {
        List<SeriesRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM series");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /** Registers a series with no bars yet; the scales are those of the first bars written to it. */
    static SeriesRow create(Connection c, SeriesKey key, int priceScale, int volumeScale) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO series (exchange, symbol, timeframe, price_scale, "
                + "volume_scale) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, key.exchange().id());
            ps.setString(2, key.instrument().symbol());
            ps.setString(3, key.timeframe().label());
            ps.setInt(4, priceScale);
            ps.setInt(5, volumeScale);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new SeriesRow(rs.getLong(1), key, priceScale, volumeScale, 0, 0, 0, 0);
            }
        }
    }

    /** Writes the new scales and summary of {@code row} and counts one more version. */
    static void update(Connection c, SeriesRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE series SET price_scale = ?, volume_scale = ?, "
                + "bar_count = ?, first_open_time = ?, last_open_time = ?, version = version + 1 WHERE id = ?")) {
            ps.setInt(1, row.priceScale());
            ps.setInt(2, row.volumeScale());
            ps.setLong(3, row.barCount());
            ps.setLong(4, row.firstOpenTime());
            ps.setLong(5, row.lastOpenTime());
            ps.setLong(6, row.id());
            ps.executeUpdate();
        }
    }

    private static SeriesRow row(ResultSet rs) throws SQLException {
        SeriesKey key = new SeriesKey(new Exchange(rs.getString(2)), Instrument.parse(rs.getString(3)),
                Timeframe.parse(rs.getString(4)));
        return new SeriesRow(rs.getLong(1), key, rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getLong(8),
                rs.getLong(9), rs.getLong(10));
    }
}
