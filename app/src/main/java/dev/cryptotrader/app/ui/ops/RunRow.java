package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.trading.config.Durations;
import dev.cryptotrader.trading.port.JobRun;

import java.time.Duration;

/** One finished run as the jobs panel lists it, in the words of {@code cryptotrader jobs}. */
public record RunRow(String started, String outcome, String duration, long bars, String message) {

    static RunRow of(JobRun run) {
        return new RunRow(JobsText.utc(run.startedAt()), run.outcome().label(),
                Durations.format(Duration.ofMillis(run.durationMillis())), run.barsFetched(), run.message());
    }
}
