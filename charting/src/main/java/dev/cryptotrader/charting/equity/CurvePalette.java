package dev.cryptotrader.charting.equity;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * The curve colours, from {@code equity.css}: invisible {@link Line} nodes carry the style classes
 * {@code equity-curve-0} … and a renderer reads their computed stroke, so the colours stay in the stylesheet. Legend
 * labels use the same classes for their text.
 */
final class CurvePalette {

    static final int COLOURS = 8;
    private static final Color FALLBACK = Color.web("#b2b5be");

    private final List<Line> carriers = new ArrayList<>();

    CurvePalette() {
        for (int i = 0; i < COLOURS; i++) {
            Line line = new Line();
            line.getStyleClass().add(styleClass(i));
            line.setVisible(false);
            line.setManaged(false);
            carriers.add(line);
        }
    }

    /** The style class of colour {@code i}: sets {@code -fx-stroke} and {@code -fx-text-fill}. */
    static String styleClass(int i) {
        return "equity-curve-" + Math.floorMod(i, COLOURS);
    }

    List<Node> nodes() {
        return List.copyOf(carriers);
    }

    /** The stylesheet's colour {@code i}; a neutral grey until CSS has reached the carriers. */
    Color colour(int i) {
        Line carrier = carriers.get(Math.floorMod(i, COLOURS));
        Paint stroke = carrier.getStroke();
        return stroke instanceof Color c && carrier.getScene() != null ? c : FALLBACK;
    }
}
