package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.BackfillProgress;

import java.io.PrintWriter;

/**
 * Backfill progress on stderr. On a terminal it redraws one line with {@code \r} (at most ten times a second); in a
 * log or a pipe, where {@code \r} would pile up into one unreadable line, it prints a plain line at every tenth of the
 * way instead.
 */
final class ProgressBar implements BackfillListener {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private long lastDraw = Long.MIN_VALUE;
    private int lastTenth = 0;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal, String label) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
    }

    /** True when the JVM talks to an interactive terminal (Java has no per-stream test; stderr usually follows). */
    static boolean stderrIsTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    @Override
    public void onProgress(BackfillProgress p) {
        if (terminal) {
            long now = System.nanoTime();
            if (p.fraction() < 1.0 && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            err.print("\r" + line(p));
            drawn = true;
        } else {
            int tenth = (int) Math.floor(p.fraction() * 10);
            if (tenth <= lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.println(line(p));
        }
        err.flush();
    }

    /** Ends the redrawn line so the summary starts on a fresh one. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    private String line(BackfillProgress p) {
        int filled = (int) Math.round(p.fraction() * WIDTH);
        return String.format("%s [%s%s] %3d%%  %,d bars  %,d pages", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(p.fraction() * 100), p.barsFetched(), p.pages());
    }
}
