package dev.cryptotrader.trading.projection;

/** The three prices of a trade idea. */
public enum IdeaLevel {
    ENTRY("Entry"),
    STOP("Stop"),
    TARGET("Target");

    private final String displayName;

    IdeaLevel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The level after this one (entry, stop, target, entry, …); {@code step} -1 goes the other way. */
    public IdeaLevel next(int step) {
        IdeaLevel[] all = values();
        return all[Math.floorMod(ordinal() + Integer.signum(step), all.length)];
    }
}
