package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.drawing.Anchor;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.trading.drawing.DrawingStyle;
import dev.cryptotrader.trading.port.DrawingStore;
import dev.cryptotrader.trading.domain.SymbolKey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Chart drawings in the {@code drawings} table of the candle database, one row per drawing keyed by its id, found by
 * exchange and symbol (never by timeframe). Drawing calls follow user actions, a few a second at most, so one
 * connection behind the object's monitor serves reads and writes, as in {@link SqliteJobStore}; each call is one
 * statement, hence atomic.
 *
 * <p>A row that no longer makes a valid {@link Drawing} (edited by hand) is left out of what is read, logged with its
 * id and the reason, and never deleted or overwritten.
 */
public final class SqliteDrawingStore extends SingleConnectionStore implements DrawingStore {

    private static final String COLUMNS = "id, exchange, symbol, kind, time1, price1, time2, price2, text, colour, "
            + "width, created_at, updated_at";


    private SqliteDrawingStore(Path file, Connection connection) {
        super("drawing store", file, connection);
    }

    /** Opens (creating it, its parent directories and the schema if needed) the database at {@code file}. */
    public static SqliteDrawingStore open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SqliteDrawingStore(file, SqliteConnections.openSingle(file));
    }

    @Override
    public synchronized List<Drawing> list(SymbolKey symbol) {
        Objects.requireNonNull(symbol, "symbol");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM drawings "
                + "WHERE exchange = ? AND symbol = ? ORDER BY created_at, id")) {
            ps.setString(1, symbol.exchange().id());
            ps.setString(2, symbol.instrument().symbol());
            return read(ps);
        } catch (SQLException e) {
            throw failure("read the drawings of " + symbol, e);
        }
    }

    @Override
    public synchronized Optional<Drawing> find(UUID id) {
        Objects.requireNonNull(id, "id");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM drawings WHERE id = ?")) {
            ps.setString(1, id.toString());
            return read(ps).stream().findFirst();
        } catch (SQLException e) {
            throw failure("read drawing " + id, e);
        }
    }

    @Override
    public synchronized void save(Drawing drawing) {
        Objects.requireNonNull(drawing, "drawing");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO drawings (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + "exchange = excluded.exchange, symbol = excluded.symbol, kind = excluded.kind, time1 = excluded.time1, price1 = excluded.price1, "
                + "time2 = excluded.time2, price2 = excluded.price2, text = excluded.text, colour = excluded.colour, "
                + "width = excluded.width, created_at = excluded.created_at, updated_at = excluded.updated_at")) {
            bind(ps, drawing);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("save " + drawing.kind() + " " + drawing.id(), e);
        }
    }

    @Override
    public synchronized boolean delete(UUID id) {
        Objects.requireNonNull(id, "id");
        return deleteById("drawings", "drawing", id);
    }

    private static void bind(PreparedStatement ps, Drawing d) throws SQLException {
        ps.setString(1, d.id().toString());
        ps.setString(2, d.symbol().exchange().id());
        ps.setString(3, d.symbol().instrument().symbol());
        ps.setString(4, d.kind().label());
        Anchor first = d.anchors().getFirst();
        ps.setLong(5, first.time());
        ps.setString(6, first.price().toPlainString());
        if (d.anchors().size() > 1) {
            ps.setLong(7, d.anchors().get(1).time());
            ps.setString(8, d.anchors().get(1).price().toPlainString());
        } else {
            ps.setNull(7, Types.INTEGER);
            ps.setNull(8, Types.VARCHAR);
        }
        ps.setString(9, d.text());
        ps.setString(10, d.style().colour());
        ps.setInt(11, d.style().width());
        ps.setLong(12, d.createdAt());
        ps.setLong(13, d.updatedAt());
    }

    private List<Drawing> read(PreparedStatement ps) throws SQLException {
        return readValid(ps, "drawing", SqliteDrawingStore::drawing);
    }

    private static Drawing drawing(ResultSet rs) throws SQLException {
        List<Anchor> anchors = new ArrayList<>(2);
        anchors.add(new Anchor(rs.getLong(5), new BigDecimal(rs.getString(6))));
        long time2 = rs.getLong(7);
        if (!rs.wasNull()) {
            anchors.add(new Anchor(time2, new BigDecimal(rs.getString(8))));
        }
        SymbolKey symbol = new SymbolKey(new Exchange(rs.getString(2)), Instrument.parse(rs.getString(3)));
        return new Drawing(UUID.fromString(rs.getString(1)), symbol, DrawingKind.parse(rs.getString(4)), anchors,
                rs.getString(9), new DrawingStyle(rs.getString(10), rs.getInt(11)), rs.getLong(12), rs.getLong(13));
    }

}
