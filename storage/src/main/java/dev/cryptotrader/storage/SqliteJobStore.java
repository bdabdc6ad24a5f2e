package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.port.JobStore;

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

/**
 * Job due times and run history in the {@code jobs} and {@code job_runs} tables of the candle database. Job calls
 * are a few a minute, so one connection behind the object's monitor serves reads and writes, as in
 * {@link SqliteCoverageLedger}; SQLite's busy timeout serialises it with the other writers.
 */
public final class SqliteJobStore extends SingleConnectionStore implements JobStore {

    /** Runs kept per job: two days of 15-minute backfills, a month and a half of 6-hour repairs. */
    public static final int RUNS_KEPT_PER_JOB = 200;

    private static final String KEY = "kind = ? AND exchange = ? AND symbol = ? AND timeframe = ?";
    private static final String RUN_COLUMNS = "kind, exchange, symbol, timeframe, started_at, ended_at, outcome, "
            + "message, bars_fetched";


    private SqliteJobStore(Path file, Connection connection) {
        super("job store", file, connection);
    }

    /** Opens (creating it, its parent directories and the schema if needed) the database at {@code file}. */
    public static SqliteJobStore open(Path file) {
        Objects.requireNonNull(file, "file");
        return new SqliteJobStore(file, SqliteConnections.openSingle(file));
    }

    @Override
    public synchronized Map<JobKey, Long> nextDueTimes() {
        ensureOpen();
        Map<JobKey, Long> due = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT kind, exchange, symbol, timeframe, next_due FROM jobs");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                due.put(key(rs), rs.getLong(5));
            }
            return due;
        } catch (SQLException e) {
            throw failure("read the job due times", e);
        }
    }

    @Override
    public synchronized void scheduleNext(JobKey job, long nextDueMillis) {
        Objects.requireNonNull(job, "job");
        ensureOpen();
        try {
            upsertDue(job, nextDueMillis);
        } catch (SQLException e) {
            throw failure("schedule " + job, e);
        }
    }

    @Override
    public synchronized void recordRun(JobRun run, long nextDueMillis) {
        Objects.requireNonNull(run, "run");
        ensureOpen();
        try {
            execute("BEGIN IMMEDIATE");
            try {
                insertRun(run);
                upsertDue(run.job(), nextDueMillis);
                pruneRuns(run.job());
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failure("record a run of " + run.job(), e);
        }
    }

    @Override
    public synchronized List<JobRun> recentRuns(JobKey job, int limit) {
        Objects.requireNonNull(job, "job");
        ensureOpen();
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + RUN_COLUMNS + " FROM job_runs WHERE "
                + KEY + " ORDER BY started_at DESC, id DESC LIMIT ?")) {
            bindKey(ps, job);
            ps.setInt(5, Math.max(0, limit));
            List<JobRun> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(new JobRun(key(rs), rs.getLong(5), rs.getLong(6), JobOutcome.parse(rs.getString(7)),
                            rs.getString(8), rs.getLong(9)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw failure("read the runs of " + job, e);
        }
    }

    private void upsertDue(JobKey job, long nextDue) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO jobs (kind, exchange, symbol, timeframe, "
                + "next_due) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET next_due = excluded.next_due")) {
            bindKey(ps, job);
            ps.setLong(5, nextDue);
            ps.executeUpdate();
        }
    }

    private void insertRun(JobRun run) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO job_runs (" + RUN_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindKey(ps, run.job());
            ps.setLong(5, run.startedAt());
            ps.setLong(6, run.endedAt());
            ps.setString(7, run.outcome().label());
            ps.setString(8, run.message());
            ps.setLong(9, run.barsFetched());
            ps.executeUpdate();
        }
    }

    /** Keeps the table from growing by a row every 15 minutes per series forever. */
    private void pruneRuns(JobKey job) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM job_runs WHERE " + KEY + " AND id NOT IN "
                + "(SELECT id FROM job_runs WHERE " + KEY + " ORDER BY started_at DESC, id DESC LIMIT ?)")) {
            bindKey(ps, job);
            ps.setString(5, job.kind().label());
            ps.setString(6, job.series().exchange().id());
            ps.setString(7, job.series().instrument().symbol());
            ps.setString(8, job.series().timeframe().label());
            ps.setInt(9, RUNS_KEPT_PER_JOB);
            ps.executeUpdate();
        }
    }

    private static void bindKey(PreparedStatement ps, JobKey job) throws SQLException {
        ps.setString(1, job.kind().label());
        ps.setString(2, job.series().exchange().id());
        ps.setString(3, job.series().instrument().symbol());
        ps.setString(4, job.series().timeframe().label());
    }

    private static JobKey key(ResultSet rs) throws SQLException {
        return new JobKey(JobKind.parse(rs.getString(1)), new SeriesKey(new Exchange(rs.getString(2)),
                Instrument.parse(rs.getString(3)), Timeframe.parse(rs.getString(4))));
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

}
