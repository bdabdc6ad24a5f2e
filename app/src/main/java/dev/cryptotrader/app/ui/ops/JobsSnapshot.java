package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.app.market.MarketDataHub;

import java.util.List;

/** What one refresh of the jobs panel reads from the hub, off the FX thread, already turned into rows and words. */
record JobsSnapshot(List<JobRow> rows, String notice, long readAt) {

    static JobsSnapshot read(MarketDataHub hub, long now, int runsPerJob) {
        List<JobRow> rows = hub.jobs(runsPerJob).stream().map(v -> JobRow.of(v, now)).toList();
        String notice = JobsText.notice(hub.configProblem(), UserConfigFile.besideDatabase(hub.database()),
                rows.isEmpty(), hub.schedulerRunning());
        return new JobsSnapshot(rows, notice, now);
    }
}
