package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Decimals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Widens the stored mantissas of one series when new bars carry more decimals than the series had so far, inside the
 * caller's transaction. SQLite turns an overflowing integer product into a REAL, so overflow is checked first and
 * reported by bar; the STRICT table would refuse such a REAL anyway.
 */
final class StoredScales {

    private static final String[] PRICE_COLUMNS = {"open", "high", "low", "close"};
    private static final String[] VOLUME_COLUMNS = {"volume"};

    private StoredScales() {
    }

    static void widenPrices(Connection c, long seriesId, int fromScale, int toScale) throws SQLException {
        widen(c, seriesId, PRICE_COLUMNS, "price", fromScale, toScale);
    }

    static void widenVolumes(Connection c, long seriesId, int fromScale, int toScale) throws SQLException {
        widen(c, seriesId, VOLUME_COLUMNS, "volume", fromScale, toScale);
    }

    private static void widen(Connection c, long seriesId, String[] columns, String what, int fromScale, int toScale)
            throws SQLException {
        if (toScale <= fromScale) {
            return;
        }
        long factor = Decimals.pow10(toScale - fromScale);
        long limit = Long.MAX_VALUE / factor;
        rejectOverflow(c, seriesId, columns, what, fromScale, toScale, limit);
        StringBuilder sql = new StringBuilder("UPDATE candles SET ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ").append(columns[i]).append(" * ?2");
        }
        sql.append(" WHERE series_id = ?1");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, seriesId);
            ps.setLong(2, factor);
            ps.executeUpdate();
        }
    }

    private static void rejectOverflow(Connection c, long seriesId, String[] columns, String what, int fromScale,
                                       int toScale, long limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT open_time FROM candles WHERE series_id = ?1 AND (");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : " OR ").append(columns[i]).append(" > ?2 OR ").append(columns[i])
                    .append(" < -?2");
        }
        sql.append(") LIMIT 1");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, seriesId);
            ps.setLong(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalArgumentException("cannot store " + what + "s with " + toScale
                            + " decimals: the stored bar at " + Instant.ofEpochMilli(rs.getLong(1)) + " (stored with "
                            + fromScale + " decimals) would overflow 64 bits; nothing was written");
                }
            }
        }
    }
}
