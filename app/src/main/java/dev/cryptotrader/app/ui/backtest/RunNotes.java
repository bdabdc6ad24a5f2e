package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.backtest.Refusal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The engine's notes on a run in a few lines, so a quiet run is never a mystery: refused entries, ignored shorts. */
final class RunNotes {

    /** Refusals listed one by one; more are counted. */
    static final int LISTED = 3;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RunNotes() {
    }

    static String text(BacktestRun run) {
        StringBuilder b = new StringBuilder();
        List<Refusal> refusals = run.refusals();
        if (!refusals.isEmpty()) {
            b.append(refusals.size()).append(refusals.size() == 1 ? " entry" : " entries").append(" refused:");
            for (Refusal r : refusals.subList(0, Math.min(LISTED, refusals.size()))) {
                b.append("\n• ").append(TIME.format(Instant.ofEpochMilli(r.time()))).append(' ').append(r.signal())
                        .append(": ").append(r.reason());
            }
            if (refusals.size() > LISTED) {
                b.append("\n• … and ").append(refusals.size() - LISTED).append(" more");
            }
        }
        if (run.ignoredShortSignals() > 0) {
            b.append(b.isEmpty() ? "" : "\n").append(run.ignoredShortSignals())
                    .append(" short signals ignored: shorting is off");
        }
        return b.toString();
    }
}
