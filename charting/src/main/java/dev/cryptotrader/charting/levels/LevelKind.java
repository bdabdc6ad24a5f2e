package dev.cryptotrader.charting.levels;

/** The kinds of level lines, each with its colour (a CSS style class) and line style. */
public enum LevelKind {
    DAY("htf-level-day", false),
    WEEK("htf-level-week", false),
    RESISTANCE("htf-level-resistance", true),
    SUPPORT("htf-level-support", true);

    private final String styleClass;
    private final boolean dashed;

    LevelKind(String styleClass, boolean dashed) {
        this.styleClass = styleClass;
        this.dashed = dashed;
    }

    public String styleClass() {
        return styleClass;
    }

    public boolean dashed() {
        return dashed;
    }
}
