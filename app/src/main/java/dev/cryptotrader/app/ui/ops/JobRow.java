package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.JobView;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobRun;

import java.util.List;

/**
 * One line of the jobs table, already in words (the CLI's {@code jobs} wording), with the job's recent runs.
 *
 * @param runs newest first
 */
public record JobRow(JobKey key, String kind, String series, String every, String lastRun, String outcome,
                     String nextDue, boolean running, List<RunRow> runs) {

    public JobRow {
        runs = List.copyOf(runs);
    }

    /** {@code now} decides whether the job is shown as due now. */
    static JobRow of(JobView view, long now) {
        JobKey key = view.job().key();
        JobRun last = view.recentRuns().isEmpty() ? null : view.recentRuns().getFirst();
        return new JobRow(key, key.kind().label(), key.series().toString(), view.job().describeInterval(),
                last == null ? "never" : JobsText.utc(last.startedAt()), last == null ? "-" : last.outcome().label(),
                JobsText.nextDue(view.nextDue(), now), view.running(),
                view.recentRuns().stream().map(RunRow::of).toList());
    }

    public String runningText() {
        return running ? "running" : "";
    }
}
