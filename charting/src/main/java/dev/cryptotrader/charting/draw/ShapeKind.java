package dev.cryptotrader.charting.draw;

/** The shapes the drawing layer paints, each with the number of points it is pinned by. */
public enum ShapeKind {
    TREND_LINE("Trend line", 2),
    HORIZONTAL_LINE("Horizontal line", 1),
    VERTICAL_LINE("Vertical line", 1),
    RAY("Ray", 2),
    RECTANGLE("Rectangle", 2),
    FIB_RETRACEMENT("Fibonacci retracement", 2),
    TEXT_NOTE("Text note", 1);

    private final String title;
    private final int points;

    ShapeKind(String title, int points) {
        this.title = title;
        this.points = points;
    }

    /** For menus and hints: "Trend line". */
    public String title() {
        return title;
    }

    /** How many points a shape of this kind has. */
    public int points() {
        return points;
    }
}
