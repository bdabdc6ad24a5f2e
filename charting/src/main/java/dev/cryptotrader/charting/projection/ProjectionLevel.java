package dev.cryptotrader.charting.projection;

/** The three draggable lines of a projection: where the idea enters, is stopped out and takes profit. */
public enum ProjectionLevel {
    ENTRY("Entry"),
    STOP("Stop"),
    TARGET("Target");

    private final String label;

    ProjectionLevel(String label) {
        this.label = label;
    }

    /** The word on the line's price tag. */
    public String label() {
        return label;
    }
}
