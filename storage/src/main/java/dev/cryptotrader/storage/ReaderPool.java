package dev.cryptotrader.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reader connections, each lent to one thread at a time. In WAL mode a reader sees the last committed state and is
 * never blocked by the writer, so reads run while an import is in progress. Connections are opened on demand, kept
 * idle afterwards, and never more than {@code max} at once.
 */
final class ReaderPool implements AutoCloseable {

    /** Something to do with a borrowed connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final SqliteConnections connections;
    private final int max;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    ReaderPool(SqliteConnections connections, int max) {
        this.connections = connections;
        this.max = max;
    }

    /** Runs {@code work} on a reader connection inside one read transaction, so it sees a single snapshot. */
    <T> T read(Work<T> work) throws SQLException {
        Connection c = borrow();
        boolean healthy = false;
        try {
            execute(c, "BEGIN");
            T result = work.run(c);
            execute(c, "COMMIT"); // ends the snapshot; a read transaction has nothing to write
            healthy = true;
            return result;
        } finally {
            // After a failure the transaction state is unknown: closing the connection ends it for sure.
            giveBack(c, healthy);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private synchronized Connection borrow() throws SQLException {
        while (true) {
            if (closed) {
                throw new IllegalStateException("the candle store is closed");
            }
            Connection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
            if (all.size() < max) {
                Connection opened = connections.openReader();
                all.add(opened);
                return opened;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for a reader connection", e);
            }
        }
    }

    private synchronized void giveBack(Connection c, boolean healthy) {
        if (closed || !healthy) {
            all.remove(c);
            quietlyClose(c);
        } else {
            idle.addFirst(c);
        }
        notifyAll();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Connection c : idle) {
            all.remove(c);
            quietlyClose(c);
        }
        idle.clear();
        notifyAll(); // connections still lent out are closed when they come back
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; the file stays consistent either way
        }
    }
}
