package dev.cryptotrader.charting.draw;

import dev.cryptotrader.charting.CandleChart;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * Mouse and keys for the {@link DrawingLayer}, as event filters on the chart: they see each event before the chart's
 * own panning and key commands, and consume only what they handle.
 */
final class LayerInput {

    private final DrawingLayer layer;
    private final CandleChart chart;

    private LayerInput(DrawingLayer layer, CandleChart chart) {
        this.layer = layer;
        this.chart = chart;
    }

    static void install(DrawingLayer layer, CandleChart chart) {
        LayerInput input = new LayerInput(layer, chart);
        chart.addEventFilter(MouseEvent.MOUSE_MOVED, input::moved);
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, input::pressed);
        chart.addEventFilter(MouseEvent.MOUSE_DRAGGED, input::dragged);
        chart.addEventFilter(MouseEvent.MOUSE_RELEASED, input::released);
        chart.addEventFilter(MouseEvent.MOUSE_CLICKED, input::clicked);
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> layer.pointerAt(null));
        chart.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(layer, e));
    }

    /** The plot point of {@code e}, or empty when it is outside the plot or on the text field. */
    private Optional<Point2D> onPlot(MouseEvent e) {
        if (layer.editing() && isInside(layer.textField(), e)) {
            return Optional.empty();
        }
        Point2D p = layer.local(e);
        boolean inside = p.getX() >= 0 && p.getY() >= 0 && p.getX() <= layer.canvas().getWidth()
                && p.getY() <= layer.canvas().getHeight();
        return inside ? Optional.of(p) : Optional.empty();
    }

    private static boolean isInside(Node node, MouseEvent e) {
        return node.isVisible() && node.contains(node.sceneToLocal(e.getSceneX(), e.getSceneY()));
    }

    private void moved(MouseEvent e) {
        Optional<Point2D> p = onPlot(e);
        layer.pointerAt(p.map(q -> pointAt(q)).orElse(null));
        if (layer.armed() != null || p.isEmpty()) {
            return;
        }
        boolean over = layer.pick(p.get().getX(), p.get().getY()).isPresent()
                || layer.pickAlert(p.get().getX(), p.get().getY()).isPresent();
        chart.setCursor(over ? Cursor.HAND : null);
    }

    private void pressed(MouseEvent e) {
        Optional<Point2D> at = onPlot(e);
        if (e.getButton() != MouseButton.PRIMARY || at.isEmpty()) {
            return;
        }
        double x = at.get().getX();
        double y = at.get().getY();
        chart.requestFocus();
        if (layer.armed() != null) {
            layer.place(pointAt(at.get()));
            e.consume();
            return;
        }
        Optional<ShapeGeometry.Handle> handle = handleAt(x, y);
        if (handle.isPresent()) {
            layer.drag().startHandle(layer.findShape(layer.selectedShapeId()).orElseThrow(), handle.get().index(), x,
                    y);
            e.consume();
            return;
        }
        Optional<Shape> shape = layer.pick(x, y);
        if (shape.isPresent()) {
            layer.select(shape.get().id());
            layer.drag().startBody(shape.get(), x, y);
            e.consume();
            return;
        }
        Optional<AlertMark> alert = layer.pickAlert(x, y);
        if (alert.isPresent()) {
            layer.select(alert.get().id());
            layer.drag().startAlert(alert.get(), x, y);
            e.consume();
            return;
        }
        layer.select(null); // a click on the empty chart deselects, and the press pans as usual
    }

    private Optional<ShapeGeometry.Handle> handleAt(double x, double y) {
        String id = layer.selectedShapeId();
        if (id == null) {
            return Optional.empty();
        }
        Optional<Shape> s = layer.findShape(id);
        double reach = ShapePainter.handleRadius() + 3;
        return s.flatMap(shape -> layer.geometry().handles(shape).stream()
                .filter(h -> Math.hypot(h.x() - x, h.y() - y) <= reach).findFirst());
    }

    private void dragged(MouseEvent e) {
        if (!layer.drag().active()) {
            return;
        }
        Point2D p = layer.local(e);
        layer.drag().to(p.getX(), p.getY());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!layer.drag().active()) {
            return;
        }
        layer.drag().finish();
        e.consume();
    }

    private void clicked(MouseEvent e) {
        Optional<Point2D> at = onPlot(e);
        if (e.getClickCount() == 2 && e.getButton() == MouseButton.PRIMARY && at.isPresent()
                && layer.selectedShapeId() != null
                && layer.pick(at.get().getX(), at.get().getY()).map(Shape::id)
                .filter(layer.selectedShapeId()::equals).isPresent()) {
            layer.editText(layer.selectedShapeId());
            e.consume();
        }
    }

    private ShapePoint pointAt(Point2D p) {
        return layer.mapping().pointAt(p.getX(), p.getY(), layer.magnet());
    }

    /**
     * Arrows: with a tool armed they move the keyboard cursor; with a shape or alert selected they nudge it. Other
     * keys, and every key while text is typed, go on to the chart's commands.
     */
    static void keyPressed(DrawingLayer layer, KeyEvent e) {
        if (layer.editing() || e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        int bars = switch (e.getCode()) {
            case LEFT, KP_LEFT -> -1;
            case RIGHT, KP_RIGHT -> 1;
            default -> 0;
        };
        int steps = switch (e.getCode()) {
            case UP, KP_UP -> 1;
            case DOWN, KP_DOWN -> -1;
            default -> 0;
        };
        if (bars == 0 && steps == 0) {
            return;
        }
        int factor = e.isShiftDown() ? 10 : 1;
        if (layer.armed() != null) {
            KeyboardCursor cursor = layer.cursor();
            if (bars != 0) {
                cursor.moveBars(bars * factor, layer.magnet());
            } else {
                cursor.movePrice(steps * factor, layer.magnet());
            }
            layer.keyboardMoved();
            e.consume();
        } else if (SelectionNudge.nudge(layer, bars * factor, steps * factor)) {
            e.consume();
        }
    }
}
