package dev.cryptotrader.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a sweep, walk-forward or lookahead check on stderr, as {@link ProgressBar} draws a backfill's: one line
 * redrawn with {@code \r} (at most ten times a second) on a terminal, a plain line per tenth of the way in a log or a
 * pipe. Workers report from several threads at once, with counts slightly out of order; only growth is drawn.
 */
final class RunProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final String unit;
    private long lastDraw = Long.MIN_VALUE;
    private long shown = -1;
    private int lastTenth;
    private boolean drawn;

    RunProgress(PrintWriter err, boolean terminal, String label, String unit) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.unit = unit;
    }

    /** {@code done} of {@code total} units finished; safe to call from any thread. */
    synchronized void update(long done, long total) {
        if (done <= shown || total <= 0) {
            return;
        }
        shown = done;
        double fraction = Math.min(1.0, (double) done / total);
        if (terminal) {
            long now = System.nanoTime();
            if (fraction < 1.0 && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            err.print("\r" + line(fraction, done, total));
            drawn = true;
        } else {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth <= lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.println(line(fraction, done, total));
        }
        err.flush();
    }

    /** Ends the redrawn line so what follows starts on a fresh one. */
    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private String line(double fraction, long done, long total) {
        int filled = (int) Math.round(fraction * WIDTH);
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %,d of %,d %s", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(fraction * 100), done, total, unit);
    }
}
