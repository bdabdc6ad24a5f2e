package dev.cryptotrader.app.ui.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The "from" field of the Add-market dialog: a UTC day written {@code YYYY-MM-DD}, not after today. A backfill starts
 * at that day's first bar.
 */
record StartDate(LocalDate day, String problem) {

    /** {@code text} read against today's date at {@code nowMillis}: a day, or the reason it is refused. */
    static StartDate parse(String text, long nowMillis) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return refused("Enter the first day to backfill, as YYYY-MM-DD (UTC).");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return refused("'" + t + "' is not a date: write the first day to backfill as YYYY-MM-DD, e.g. "
                    + today(nowMillis).minusDays(30) + ".");
        }
        if (day.isAfter(today(nowMillis))) {
            return refused("The start date " + day + " is in the future: pick today (" + today(nowMillis)
                    + ", UTC) or an earlier day.");
        }
        return new StartDate(day, "");
    }

    static LocalDate today(long nowMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC);
    }

    private static StartDate refused(String problem) {
        return new StartDate(null, problem);
    }

    boolean ok() {
        return day != null;
    }

    /** The first millisecond of the day, UTC. */
    long startMillis() {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
