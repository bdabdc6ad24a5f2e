package dev.cryptotrader.charting.draw;

import java.util.List;

/**
 * What the user did on the {@link DrawingLayer}. The owner stores it and calls {@link DrawingLayer#setShapes} (or
 * {@link DrawingLayer#setAlerts}) with the result; until then the layer keeps showing the old shapes, so a refused
 * edit simply snaps back.
 */
public interface DrawingLayerListener {

    /** A shape was placed with the armed tool (a text note with the text typed for it). */
    void created(ShapeKind kind, List<ShapePoint> points, String text);

    /** A shape was dragged (its body or one handle) or moved by the arrow keys. */
    void moved(String shapeId, List<ShapePoint> points);

    /** The text of a shape was edited (double-click or Enter on the selected shape). */
    void textEdited(String shapeId, String text);

    /** An alert line was dragged to another price. */
    void alertMoved(String alertId, double price);

    /** Hears nothing: the layer's listener until the owner sets one. */
    final class Ignore implements DrawingLayerListener {
        @Override
        public void created(ShapeKind kind, List<ShapePoint> points, String text) {
        }

        @Override
        public void moved(String shapeId, List<ShapePoint> points) {
        }

        @Override
        public void textEdited(String shapeId, String text) {
        }

        @Override
        public void alertMoved(String alertId, double price) {
        }
    }
}
