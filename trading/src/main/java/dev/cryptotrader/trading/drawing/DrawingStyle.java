package dev.cryptotrader.trading.drawing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a drawing looks: a colour, either a name the chart's theme knows ({@code orange}) or {@code #rrggbb}, and a line
 * width in pixels. The engine only checks the form; the chart decides what a name means.
 */
public record DrawingStyle(String colour, int width) {

    public static final int MAX_WIDTH = 10;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}|[a-z][a-z-]{0,31}");

    /** TradingView's default drawing blue. Declared after the pattern it is checked with. */
    public static final DrawingStyle DEFAULT = new DrawingStyle("#2962ff", 1);

    public DrawingStyle {
        String given = colour;
        colour = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour '" + given + "' is invalid: use a name such as orange or "
                    + "#rrggbb");
        }
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("line width must be 1.." + MAX_WIDTH + " pixels, was " + width);
        }
    }
}
