package dev.cryptotrader.trading.port;

import java.util.Arrays;

/** What a scheduled job does to its series. The label is how the job is named in the database, the CLI and logs. */
public enum JobKind {
    /** Fetches the bars after the last stored one. */
    BACKFILL("backfill"),
    /** Refetches the bars missing between stored ones. */
    GAP_REPAIR("gap-repair");

    private final String label;

    JobKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static JobKind parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown job kind '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
