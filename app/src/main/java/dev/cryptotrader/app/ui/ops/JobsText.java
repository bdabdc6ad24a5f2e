package dev.cryptotrader.app.ui.ops;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The jobs panel's words: UTC times, the next due time, and why nothing runs. Worded like {@code cryptotrader jobs}. */
final class JobsText {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private JobsText() {
    }

    static String utc(long epochMillis) {
        return UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The time, with "(due now)" once it has passed; a job the scheduler never started has no time yet. */
    static String nextDue(Long due, long now) {
        if (due == null) {
            return "at the scheduler's first start";
        }
        return utc(due) + (due <= now ? " (due now)" : "");
    }

    /**
     * What keeps jobs from running, or empty when they run: an ignored config file, an empty watchlist or a stopped
     * scheduler. The app reads the config file once, so the fixes say to restart it.
     */
    static String notice(Optional<String> configProblem, Path configFile, boolean noJobs, boolean schedulerRunning) {
        if (configProblem.isPresent()) {
            return "The config file was ignored, so nothing is scheduled; fix it and restart the app: "
                    + configProblem.get();
        }
        if (noJobs) {
            return "The watchlist in " + configFile + " is empty, so nothing is scheduled. Add series to it (see "
                    + "README, Configuration; 'cryptotrader config --init' writes an example) and restart the app.";
        }
        if (!schedulerRunning) {
            return "The scheduler is not running, so no job runs now; the times below are from the database.";
        }
        return "";
    }
}
