package dev.cryptotrader.storage;

import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.port.ChartLayout;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import dev.cryptotrader.trading.port.LoadedChartLayout;
import dev.cryptotrader.trading.port.LoadedChartLayout.RejectedIndicator;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Named chart layouts in the {@code chart_layouts} table and its three list tables (indicators, panes, settings) of
 * the candle database. A save replaces all rows of the layout in one transaction; a load reads them in one, so it
 * never sees half a save. Indicators are stored in their text form and parsed on load: one that no longer parses (or
 * repeats an earlier one) is left out and named in the {@link LoadedChartLayout}, the others load. One connection
 * behind the object's monitor, as in {@link SqliteJobStore}: layouts are read and written on user actions only.
 */
public final class SqliteChartLayoutStore extends SingleConnectionStore implements ChartLayoutStore {

    private static final String[] LISTS = {"chart_layout_indicators", "chart_layout_panes", "chart_layout_settings"};


    private SqliteChartLayoutStore(Path file, Connection connection) {
        super("chart layout store", file, connection);
    }

    /** Opens (creating it, its parent directories and the schema if needed) the database at {@code file}. */
    public static SqliteChartLayoutStore open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SqliteChartLayoutStore(file, SqliteConnections.openSingle(file));
    }

    @Override
    public synchronized List<String> names() {
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name FROM chart_layouts ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw failure("list the chart layouts", e);
        }
    }

    @Override
    public synchronized void save(ChartLayout layout) {
        Objects.requireNonNull(layout, "layout");
        ensureOpen();
        String name = layout.name();
        try {
            execute("BEGIN IMMEDIATE");
            try {
                update("INSERT INTO chart_layouts (name) VALUES (?) ON CONFLICT DO NOTHING", name);
                deleteLists(name);
                insertList("INSERT INTO chart_layout_indicators (layout, position, spec) VALUES (?, ?, ?)", name,
                        layout.indicators().stream().map(IndicatorSpec::text).toList());
                insertList("INSERT INTO chart_layout_panes (layout, position, pane) VALUES (?, ?, ?)", name,
                        layout.panes());
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO chart_layout_settings (layout, key, value) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, String> e : layout.settings().entrySet()) {
                        ps.setString(1, name);
                        ps.setString(2, e.getKey());
                        ps.setString(3, e.getValue());
                        ps.executeUpdate();
                    }
                }
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure("save chart layout '" + name + "'", e);
        }
    }

    @Override
    public synchronized Optional<LoadedChartLayout> load(String name) {
        Objects.requireNonNull(name, "name");
        ensureOpen();
        String key = name.strip();
        try {
            execute("BEGIN"); // one snapshot for the four reads
            try {
                Optional<LoadedChartLayout> loaded = exists(key) ? Optional.of(read(key)) : Optional.empty();
                execute("COMMIT");
                return loaded;
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure("load chart layout '" + key + "'", e);
        }
    }

    @Override
    public synchronized boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        ensureOpen();
        String key = name.strip();
        try {
            execute("BEGIN IMMEDIATE");
            try {
                deleteLists(key);
                boolean existed = update("DELETE FROM chart_layouts WHERE name = ?", key) > 0;
                execute("COMMIT");
                return existed;
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure("delete chart layout '" + key + "'", e);
        }
    }

    private LoadedChartLayout read(String name) throws SQLException {
        List<IndicatorSpec> indicators = new ArrayList<>();
        List<RejectedIndicator> rejected = new ArrayList<>();
        Map<String, Integer> firstPosition = new HashMap<>();
        List<String> specs = column("SELECT spec FROM chart_layout_indicators WHERE layout = ? ORDER BY position",
                name);
        for (int i = 0; i < specs.size(); i++) {
            String text = specs.get(i);
            try {
                IndicatorSpec spec = IndicatorSpec.parse(text);
                Integer earlier = firstPosition.putIfAbsent(spec.text(), i + 1);
                if (earlier != null) {
                    rejected.add(new RejectedIndicator(i + 1, text, "it repeats indicator " + earlier));
                } else {
                    indicators.add(spec);
                }
            } catch (IllegalArgumentException e) {
                rejected.add(new RejectedIndicator(i + 1, text, e.getMessage()));
            }
        }
        List<String> panes = column("SELECT pane FROM chart_layout_panes WHERE layout = ? ORDER BY position", name);
        TreeMap<String, String> settings = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT key, value FROM chart_layout_settings WHERE layout = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        try {
            return new LoadedChartLayout(new ChartLayout(name, indicators, panes, settings), rejected);
        } catch (IllegalArgumentException e) {
            throw new StorageException("chart layout '" + name + "' in " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private boolean exists(String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM chart_layouts WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private List<String> column(String sql, String name) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private void insertList(String sql, String name, List<String> values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(1, name);
                ps.setInt(2, i);
                ps.setString(3, values.get(i));
                ps.executeUpdate();
            }
        }
    }

    private void deleteLists(String name) throws SQLException {
        for (String table : LISTS) {
            update("DELETE FROM " + table + " WHERE layout = ?", name);
        }
    }

    private int update(String sql, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, name);
            return ps.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

}
