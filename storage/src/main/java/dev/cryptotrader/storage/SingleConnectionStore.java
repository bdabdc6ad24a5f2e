package dev.cryptotrader.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store on one SQLite connection of its own (see {@link SqliteConnections#openSingle}): the file, the connection,
 * closing it once, and the wording of its errors. Subclasses synchronize every call on themselves, so the connection
 * is used by one thread at a time.
 */
abstract class SingleConnectionStore implements AutoCloseable {


    protected final Path file;
    protected final Connection connection;
    private final String name;
    private final Logger log = LoggerFactory.getLogger(getClass()); // logs name the concrete store
    private boolean closed;

    /** {@code name} as errors call the store: "alert store", "job store"… */
    SingleConnectionStore(String name, Path file, Connection connection) {
        this.name = name;
        this.file = file;
        this.connection = connection;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    /** An error saying what could not be done, in which file, and why. */
    protected final StorageException failure(String what, SQLException e) {
        return new StorageException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    protected final void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the " + name + " " + file + " is closed");
        }
    }

    /** Turns the current row of a result into a value; may throw when the stored row is not a valid one. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * The rows {@code ps} selects (the id in column 1), each read by {@code reader}. A row that is not a valid
     * {@code what} (edited by hand, from a newer version) is logged and left out, never deleted: the rest still load.
     */
    protected final <T> List<T> readValid(PreparedStatement ps, String what, RowReader<T> reader)
            throws SQLException {
        List<T> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    values.add(reader.read(rs));
                } catch (IllegalArgumentException | ArithmeticException e) { // NumberFormatException included
                    log.warn("{} {} in {} is left out, it is not a valid {}: {}", what, id, file, what,
                            e.getMessage());
                }
            }
        }
        return values;
    }

    /** Deletes the row of {@code table} with that id; {@code what} names it in an error ("alert …"). */
    protected final boolean deleteById(String table, String what, UUID id) {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("delete " + what + " " + id, e);
        }
    }
}
