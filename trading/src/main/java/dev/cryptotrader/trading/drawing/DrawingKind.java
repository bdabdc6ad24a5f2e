package dev.cryptotrader.trading.drawing;

import java.util.Arrays;

/**
 * The drawing tools, each with the number of anchor points it is pinned by. The label is the stored and logged name.
 */
public enum DrawingKind {
    /** A segment between two points. */
    TREND_LINE("trend-line", "trend line", 2),
    /** A price level across the whole chart; the anchor's time only places its label. */
    HORIZONTAL_LINE("horizontal-line", "horizontal line", 1),
    /** A moment across the whole price range; the anchor's price only places its label. */
    VERTICAL_LINE("vertical-line", "vertical line", 1),
    /** A half-line from the first point through the second, extended beyond it. */
    RAY("ray", "ray", 2),
    /** The box between two opposite corners. */
    RECTANGLE("rectangle", "rectangle", 2),
    /** Retracement levels between the start (first point) and the end (second point) of a move. */
    FIB_RETRACEMENT("fib-retracement", "Fibonacci retracement", 2),
    /** Text pinned at one point; the only kind whose text is required. */
    TEXT_NOTE("text-note", "text note", 1);

    private final String label;
    private final String displayName;
    private final int anchorCount;

    DrawingKind(String label, String displayName, int anchorCount) {
        this.label = label;
        this.displayName = displayName;
        this.anchorCount = anchorCount;
    }

    /** The stable name in the database: {@code trend-line}. */
    public String label() {
        return label;
    }

    /** For messages and menus: {@code trend line}. */
    public String displayName() {
        return displayName;
    }

    /** How many anchor points a drawing of this kind has, exactly. */
    public int anchorCount() {
        return anchorCount;
    }

    public static DrawingKind parse(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown drawing kind '" + label + "'"));
    }

    @Override
    public String toString() {
        return label;
    }
}
