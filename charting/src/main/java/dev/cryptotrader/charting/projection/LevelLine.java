package dev.cryptotrader.charting.projection;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * One level of a projection: the drawn line, a wider invisible line that catches the mouse, and a price tag. A drag
 * moves the level; the press and drag events are consumed so the chart under it does not pan.
 */
final class LevelLine {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double PICK_WIDTH = 9;

    final ProjectionLevel level;
    final DoubleProperty price;
    private final Line line = new Line();
    private final Line pick = new Line();
    private final Label tag = new Label();
    private boolean dragging;

    /**
     * @param priceAtSceneY the price at a scene y (the plot's price axis)
     * @param onPress       told when the user grabs this line (to select it and focus the chart)
     */
    LevelLine(ProjectionLevel level, DoubleUnaryOperator priceAtSceneY, Runnable onPress) {
        this.level = level;
        this.price = new SimpleDoubleProperty(this, level.name().toLowerCase(java.util.Locale.ROOT), Double.NaN);
        String kind = "projection-" + level.name().toLowerCase(java.util.Locale.ROOT);
        line.getStyleClass().addAll("projection-line", kind);
        tag.getStyleClass().addAll("projection-tag", kind);
        line.setMouseTransparent(true);
        tag.setMouseTransparent(true);
        pick.setStroke(Color.TRANSPARENT);
        pick.setStrokeWidth(PICK_WIDTH);
        pick.setCursor(Cursor.V_RESIZE);
        pick.setId("projection-pick-" + level.name().toLowerCase(java.util.Locale.ROOT));
        pick.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.isPrimaryButtonDown()) {
                dragging = true;
                onPress.run();
                e.consume();
            }
        });
        pick.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragging) {
                double p = priceAtSceneY.applyAsDouble(e.getSceneY());
                if (p > 0 && Double.isFinite(p)) {
                    price.set(p);
                }
                e.consume();
            }
        });
        pick.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging) {
                dragging = false;
                e.consume();
            }
        });
        for (Node n : nodes()) {
            n.setManaged(false);
        }
    }

    List<Node> nodes() {
        return List.of(line, tag, pick);
    }

    /** Draws the line from {@code x0} to {@code x1} at {@code y}, its tag at the right end. */
    void layout(double x0, double x1, double y) {
        line.setStartX(x0);
        line.setEndX(x1);
        line.setStartY(y);
        line.setEndY(y);
        pick.setStartX(x0);
        pick.setEndX(x1);
        pick.setStartY(y);
        pick.setEndY(y);
        tag.setText(level.label() + " " + PriceText.of(price.get()));
        tag.applyCss();
        double w = tag.prefWidth(-1);
        double h = tag.prefHeight(-1);
        tag.resizeRelocate(x1 - w - 4, y - h / 2, w, h);
    }

    void select(boolean selected) {
        line.pseudoClassStateChanged(SELECTED, selected);
        tag.pseudoClassStateChanged(SELECTED, selected);
    }

    void setVisible(boolean visible) {
        nodes().forEach(n -> n.setVisible(visible));
    }

    /** The line the mouse grabs (for tests). */
    Node pick() {
        return pick;
    }
}
