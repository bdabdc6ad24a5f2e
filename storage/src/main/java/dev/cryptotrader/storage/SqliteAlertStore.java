package dev.cryptotrader.storage;

import dev.cryptotrader.trading.alert.AlertCondition;
import dev.cryptotrader.trading.alert.AlertState;
import dev.cryptotrader.trading.alert.AlertTrigger;
import dev.cryptotrader.trading.alert.CrossDirection;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.domain.SymbolKey;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Price alerts in the {@code price_alerts} table of the candle database. Alert calls are rare (user actions, and a
 * fire now and then), so one connection behind the object's monitor serves reads and writes, as in
 * {@link SqliteJobStore}; each call is one statement, hence atomic. {@link #markTriggered} changes a row only while it
 * is active, so of two evaluators racing to fire one alert, exactly one is told it fired it.
 *
 * <p>A row that no longer makes a valid {@link PriceAlert} (edited by hand) is left out of what is read and logged,
 * never deleted.
 */
public final class SqliteAlertStore extends SingleConnectionStore implements AlertStore {

    private static final String COLUMNS = "id, exchange, symbol, condition, level, created_at, state, triggered_at, "
            + "timeframe, bar_open_time, direction";
    private static final String ORDER = " ORDER BY created_at, id";


    private SqliteAlertStore(Path file, Connection connection) {
        super("alert store", file, connection);
    }

    /** Opens (creating it, its parent directories and the schema if needed) the database at {@code file}. */
    public static SqliteAlertStore open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SqliteAlertStore(file, SqliteConnections.openSingle(file));
    }

    @Override
    public synchronized List<PriceAlert> list(SymbolKey symbol) {
        Objects.requireNonNull(symbol, "symbol");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM price_alerts "
                + "WHERE exchange = ? AND symbol = ?" + ORDER)) {
            ps.setString(1, symbol.exchange().id());
            ps.setString(2, symbol.instrument().symbol());
            return read(ps);
        } catch (SQLException e) {
            throw failure("read the alerts of " + symbol, e);
        }
    }

    @Override
    public synchronized List<PriceAlert> active() {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM price_alerts "
                + "WHERE state = 'active'" + ORDER)) {
            return read(ps);
        } catch (SQLException e) {
            throw failure("read the active alerts", e);
        }
    }

    @Override
    public synchronized Optional<PriceAlert> find(UUID id) {
        Objects.requireNonNull(id, "id");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM price_alerts "
                + "WHERE id = ?")) {
            ps.setString(1, id.toString());
            return read(ps).stream().findFirst();
        } catch (SQLException e) {
            throw failure("read alert " + id, e);
        }
    }

    @Override
    public synchronized void save(PriceAlert alert) {
        Objects.requireNonNull(alert, "alert");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO price_alerts (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET exchange = excluded.exchange, "
                + "symbol = excluded.symbol, condition = excluded.condition, level = excluded.level, "
                + "created_at = excluded.created_at, state = excluded.state, triggered_at = excluded.triggered_at, "
                + "timeframe = excluded.timeframe, bar_open_time = excluded.bar_open_time, "
                + "direction = excluded.direction")) {
            ps.setString(1, alert.id().toString());
            ps.setString(2, alert.symbol().exchange().id());
            ps.setString(3, alert.symbol().instrument().symbol());
            ps.setString(4, alert.condition().label());
            ps.setString(5, alert.level().toPlainString());
            ps.setLong(6, alert.createdAt());
            ps.setString(7, alert.state().label());
            if (alert.trigger().isPresent()) {
                bindTrigger(ps, 8, alert.trigger().get());
            } else {
                ps.setNull(8, Types.INTEGER);
                ps.setNull(9, Types.VARCHAR);
                ps.setNull(10, Types.INTEGER);
                ps.setNull(11, Types.VARCHAR);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("save alert " + alert.id(), e);
        }
    }

    @Override
    public synchronized boolean markTriggered(UUID id, AlertTrigger trigger) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("UPDATE price_alerts SET state = 'triggered', "
                + "triggered_at = ?, timeframe = ?, bar_open_time = ?, direction = ? "
                + "WHERE id = ? AND state = 'active'")) {
            bindTrigger(ps, 1, trigger);
            ps.setString(5, id.toString());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("mark alert " + id + " triggered", e);
        }
    }

    @Override
    public synchronized boolean delete(UUID id) {
        Objects.requireNonNull(id, "id");
        return deleteById("price_alerts", "alert", id);
    }

    /** Binds triggered_at, timeframe, bar_open_time and direction from parameter {@code first} on. */
    private static void bindTrigger(PreparedStatement ps, int first, AlertTrigger t) throws SQLException {
        ps.setLong(first, t.triggeredAt());
        ps.setString(first + 1, t.timeframe().label());
        ps.setLong(first + 2, t.barOpenTime());
        ps.setString(first + 3, t.direction().label());
    }

    private List<PriceAlert> read(PreparedStatement ps) throws SQLException {
        return readValid(ps, "alert", SqliteAlertStore::alert);
    }

    private static PriceAlert alert(ResultSet rs) throws SQLException {
        Optional<AlertTrigger> trigger = Optional.empty();
        long triggeredAt = rs.getLong(8);
        if (!rs.wasNull()) {
            trigger = Optional.of(new AlertTrigger(triggeredAt, Timeframe.parse(rs.getString(9)), rs.getLong(10),
                    CrossDirection.parse(rs.getString(11))));
        }
        SymbolKey symbol = new SymbolKey(new Exchange(rs.getString(2)), Instrument.parse(rs.getString(3)));
        return new PriceAlert(UUID.fromString(rs.getString(1)), symbol, AlertCondition.parse(rs.getString(4)),
                new BigDecimal(rs.getString(5)), rs.getLong(6), AlertState.parse(rs.getString(7)), trigger);
    }

}
