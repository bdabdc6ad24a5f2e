package dev.cryptotrader.charting.draw;

import java.util.List;

/**
 * A drag in progress on the {@link DrawingLayer}: a shape's body, one of its handles, or an alert line. The dragged
 * shape is shown where the mouse has taken it; the listener hears of it once, when the button is released.
 */
final class LayerDrag {

    private static final double MOVE_THRESHOLD = 2;

    private enum Kind { BODY, HANDLE, ALERT }

    private final DrawingLayer layer;
    private final ChartMapping map;
    private Kind kind;
    private Shape original;
    private Shape current;
    private int handle;
    private ShapePoint start;
    private AlertMark alert;
    private double alertPrice;
    private double pressX;
    private double pressY;
    private boolean moved;

    LayerDrag(DrawingLayer layer, ChartMapping map, ShapeGeometry geo) {
        this.layer = layer;
        this.map = map;
    }

    void startBody(Shape s, double x, double y) {
        begin(Kind.BODY, x, y);
        original = s;
        current = s;
        start = map.pointAt(x, y, false);
    }

    void startHandle(Shape s, int index, double x, double y) {
        begin(Kind.HANDLE, x, y);
        original = s;
        current = s;
        handle = index;
    }

    void startAlert(AlertMark a, double x, double y) {
        begin(Kind.ALERT, x, y);
        alert = a;
        alertPrice = a.price();
    }

    private void begin(Kind k, double x, double y) {
        kind = k;
        pressX = x;
        pressY = y;
        moved = false;
    }

    boolean active() {
        return kind != null;
    }

    void to(double x, double y) {
        if (!moved && Math.hypot(x - pressX, y - pressY) < MOVE_THRESHOLD) {
            return;
        }
        moved = true;
        switch (kind) {
            case BODY -> {
                ShapePoint now = map.pointAt(x, y, false);
                long dt = now.timeMillis() - start.timeMillis();
                double dp = now.price() - start.price();
                List<ShapePoint> points = original.points().stream()
                        .map(p -> new ShapePoint(Math.max(0, p.timeMillis() + dt), p.price() + dp)).toList();
                if (layer.magnet()) {
                    points = snapFirst(points);
                }
                current = original.withPoints(points);
            }
            case HANDLE -> current = original.withPoints(
                    ShapeGeometry.dragHandle(original, handle, map.pointAt(x, y, layer.magnet())));
            case ALERT -> alertPrice = map.priceAt(y);
        }
        layer.repaint();
    }

    /** With the magnet on, a moved shape snaps by its first point; the others keep their distance to it. */
    private List<ShapePoint> snapFirst(List<ShapePoint> points) {
        ShapePoint first = points.getFirst();
        int slot = map.nearestSlot(first.timeMillis());
        double shift = map.snapPrice(slot, first.price()) - first.price();
        return points.stream().map(p -> p.withPrice(p.price() + shift)).toList();
    }

    /** Ends the drag; reports it if the mouse moved. */
    void finish() {
        Kind k = kind;
        boolean wasMoved = moved;
        Shape result = current;
        AlertMark a = alert;
        double price = alertPrice;
        clear();
        if (wasMoved) {
            if (k == Kind.ALERT) {
                layer.listener().alertMoved(a.id(), price);
            } else {
                layer.listener().moved(result.id(), result.points());
            }
        }
        layer.repaint();
    }

    void clear() {
        kind = null;
        original = null;
        current = null;
        alert = null;
        moved = false;
    }

    /** The shape as it is to be drawn: where the drag has taken it, if it is the one dragged. */
    Shape shown(Shape s) {
        return current != null && moved && current.id().equals(s.id()) ? current : s;
    }

    String alertId() {
        return kind == Kind.ALERT && moved ? alert.id() : null;
    }

    double alertPrice() {
        return alertPrice;
    }
}
