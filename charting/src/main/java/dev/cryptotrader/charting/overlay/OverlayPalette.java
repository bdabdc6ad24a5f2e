package dev.cryptotrader.charting.overlay;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The overlay colours, from CSS: invisible {@link Line} nodes carry the style classes of {@code overlay.css}, and a
 * renderer drawing on a canvas reads their computed stroke. So colours stay in the stylesheet (an app may redefine the
 * looked-up colours {@code -overlay-0} … on {@code .root}), and labels use the same classes for their text.
 */
public final class OverlayPalette {

    /** Distinct line colours; colour {@code i} and {@code i + COLOURS} look the same. */
    public static final int COLOURS = 8;
    private static final Color FALLBACK = Color.web("#b2b5be");

    private final List<Line> colours = new ArrayList<>();
    private final Line level = carrier("overlay-level");
    private final Line rising = carrier("overlay-histogram-up");
    private final Line falling = carrier("overlay-histogram-down");

    public OverlayPalette() {
        for (int i = 0; i < COLOURS; i++) {
            colours.add(carrier(styleClass(i)));
        }
    }

    /** The overlay stylesheet; the scene must load it (after the chart's). */
    public static String stylesheet() {
        return Objects.requireNonNull(OverlayPalette.class.getResource("overlay.css")).toExternalForm();
    }

    /** The style class of palette colour {@code colour}: sets {@code -fx-stroke} and {@code -fx-text-fill}. */
    public static String styleClass(int colour) {
        return "overlay-color-" + Math.floorMod(colour, COLOURS);
    }

    private static Line carrier(String styleClass) {
        Line line = new Line();
        line.getStyleClass().add(styleClass);
        line.setVisible(false);
        line.setManaged(false);
        return line;
    }

    /** The nodes to put into the scene graph so CSS reaches them. */
    List<Node> nodes() {
        List<Node> all = new ArrayList<>(colours);
        all.addAll(List.of(level, rising, falling));
        return all;
    }

    Color colour(int colour) {
        return colourOf(colours.get(Math.floorMod(colour, COLOURS)));
    }

    Color level() {
        return colourOf(level);
    }

    Color rising() {
        return colourOf(rising);
    }

    Color falling() {
        return colourOf(falling);
    }

    /** The carrier's CSS stroke; before CSS has reached it (no scene yet) a neutral grey rather than black. */
    private static Color colourOf(Line carrier) {
        Paint stroke = carrier.getStroke();
        if (stroke instanceof Color c && carrier.getScene() != null) {
            return c;
        }
        return FALLBACK;
    }
}
