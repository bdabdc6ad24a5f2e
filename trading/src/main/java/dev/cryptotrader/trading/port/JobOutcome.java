package dev.cryptotrader.trading.port;

import java.util.Locale;

/** How a job run ended. */
public enum JobOutcome {
    OK,
    /** The work threw: the venue failed, the store failed, or the adapter broke its contract. */
    FAILED,
    /** Stopped between pages because the app was closing; what was fetched is stored and the next run resumes. */
    CANCELLED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobOutcome parse(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
