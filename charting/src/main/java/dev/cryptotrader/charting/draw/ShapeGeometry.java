package dev.cryptotrader.charting.draw;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a shape is in plot pixels: its handles, how far a pixel is from it (for picking), and the points after a
 * handle is dragged. The painter and the hit test share it, so what is picked is what is drawn.
 */
final class ShapeGeometry {

    /** Retracement levels, as ratios of the move from the end (0) back to the start (1). */
    static final double[] FIB_LEVELS = {0, 0.236, 0.382, 0.5, 0.618, 0.786, 1};
    static final Font NOTE_FONT = Font.font("System", javafx.scene.text.FontWeight.BOLD, 13);

    private final ChartMapping map;

    ShapeGeometry(ChartMapping map) {
        this.map = map;
    }

    /** A grip of the selected shape: which point (or rectangle corner, 2 and 3) it moves, and where it is. */
    record Handle(int index, double x, double y) {
    }

    double x(ShapePoint p) {
        return map.x(p.timeMillis());
    }

    double y(ShapePoint p) {
        return map.y(p.price());
    }

    double yOfPrice(double price) {
        return map.y(price);
    }

    List<Handle> handles(Shape s) {
        List<Handle> handles = new ArrayList<>();
        ShapePoint a = s.point(0);
        switch (s.kind()) {
            case HORIZONTAL_LINE -> handles.add(new Handle(0, clamp(x(a), 8, map.width() - 8), y(a)));
            case VERTICAL_LINE -> handles.add(new Handle(0, x(a), clamp(y(a), 8, map.height() - 8)));
            case TEXT_NOTE -> handles.add(new Handle(0, x(a), y(a)));
            default -> {
                ShapePoint b = s.point(1);
                handles.add(new Handle(0, x(a), y(a)));
                handles.add(new Handle(1, x(b), y(b)));
                if (s.kind() == ShapeKind.RECTANGLE) {
                    handles.add(new Handle(2, x(b), y(a)));
                    handles.add(new Handle(3, x(a), y(b)));
                }
            }
        }
        return handles;
    }

    /** The shape's points after handle {@code index} was dragged to {@code to}. */
    static List<ShapePoint> dragHandle(Shape s, int index, ShapePoint to) {
        List<ShapePoint> p = new ArrayList<>(s.points());
        switch (index) {
            case 2 -> { // rectangle corner (b.time, a.price)
                p.set(1, p.get(1).withTime(to.timeMillis()));
                p.set(0, p.get(0).withPrice(to.price()));
            }
            case 3 -> { // rectangle corner (a.time, b.price)
                p.set(0, p.get(0).withTime(to.timeMillis()));
                p.set(1, p.get(1).withPrice(to.price()));
            }
            default -> p.set(index, to);
        }
        return p;
    }

    /** Price of a retracement level: 0 is the end of the move (second point), 1 its start (first point). */
    static double fibPrice(Shape s, double level) {
        double start = s.point(0).price();
        double end = s.point(1).price();
        return end + (start - end) * level;
    }

    /** Far end of a ray: from the first point through the second, well past the plot's edge. */
    double[] rayEnd(Shape s) {
        double x0 = x(s.point(0));
        double y0 = y(s.point(0));
        double dx = x(s.point(1)) - x0;
        double dy = y(s.point(1)) - y0;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            return new double[]{x0, y0};
        }
        double far = 4 * (map.width() + map.height()) / len;
        return new double[]{x0 + dx * far, y0 + dy * far};
    }

    /** The box a note's text takes: the text sits above and to the right of its point. */
    Bounds noteBounds(Shape s) {
        Text t = new Text(s.text().isEmpty() ? " " : s.text());
        t.setFont(NOTE_FONT);
        Bounds b = t.getLayoutBounds();
        return new BoundingBox(x(s.point(0)), y(s.point(0)) - b.getHeight(), b.getWidth(), b.getHeight());
    }

    /** Pixel distance from (px, py) to the shape; 0 inside a rectangle, a retracement's span or a note. */
    double distance(Shape s, double px, double py) {
        ShapePoint a = s.point(0);
        return switch (s.kind()) {
            case HORIZONTAL_LINE -> Math.abs(py - y(a));
            case VERTICAL_LINE -> Math.abs(px - x(a));
            case TEXT_NOTE -> boxDistance(noteBounds(s), px, py);
            case TREND_LINE -> segment(px, py, x(a), y(a), x(s.point(1)), y(s.point(1)));
            case RAY -> {
                double[] end = rayEnd(s);
                yield segment(px, py, x(a), y(a), end[0], end[1]);
            }
            case RECTANGLE, FIB_RETRACEMENT -> boxDistance(box(s), px, py);
        };
    }

    /** The pixel box between the two points. */
    Bounds box(Shape s) {
        double x0 = x(s.point(0));
        double x1 = x(s.point(1));
        double y0 = y(s.point(0));
        double y1 = y(s.point(1));
        return new BoundingBox(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    private static double boxDistance(Bounds b, double px, double py) {
        double dx = Math.max(Math.max(b.getMinX() - px, 0), px - b.getMaxX());
        double dy = Math.max(Math.max(b.getMinY() - py, 0), py - b.getMaxY());
        return Math.hypot(dx, dy);
    }

    static double segment(double px, double py, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
        return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(Math.max(lo, hi), v));
    }
}
