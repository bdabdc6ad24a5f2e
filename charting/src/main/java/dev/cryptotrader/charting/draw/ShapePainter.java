package dev.cryptotrader.charting.draw;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/** Paints shapes, the selected one's handles, a tool's preview and the keyboard cursor on the layer's canvas. */
final class ShapePainter {

    static final Color DEFAULT_COLOUR = Color.web("#2962ff");
    private static final Font LABEL_FONT = Font.font("System", 11);
    private static final double HANDLE_RADIUS = 5;

    private final ShapeGeometry geo;

    ShapePainter(ShapeGeometry geo) {
        this.geo = geo;
    }

    static Color colour(Shape s) {
        try {
            return s.colour().isEmpty() ? DEFAULT_COLOUR : Color.web(s.colour());
        } catch (IllegalArgumentException e) {
            return DEFAULT_COLOUR; // a colour name this chart does not know
        }
    }

    void paint(GraphicsContext g, Shape s, double w, double h, boolean selected, boolean preview) {
        Color c = colour(s);
        g.save();
        g.setGlobalAlpha(preview ? 0.7 : 1);
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(Math.max(1, s.width()) + (selected ? 1 : 0));
        g.setLineDashes();
        g.setFont(LABEL_FONT);
        double x0 = geo.x(s.point(0));
        double y0 = geo.y(s.point(0));
        switch (s.kind()) {
            case TREND_LINE -> {
                line(g, x0, y0, geo.x(s.point(1)), geo.y(s.point(1)));
                label(g, s.text(), (x0 + geo.x(s.point(1))) / 2, (y0 + geo.y(s.point(1))) / 2 - 4, TextAlignment.CENTER);
            }
            case RAY -> {
                double[] end = geo.rayEnd(s);
                line(g, x0, y0, end[0], end[1]);
                label(g, s.text(), geo.x(s.point(1)) + 4, geo.y(s.point(1)) - 4, TextAlignment.LEFT);
            }
            case HORIZONTAL_LINE -> {
                line(g, 0, y0, w, y0);
                label(g, PriceText.format(s.point(0).price()), w - 6, y0 - 4, TextAlignment.RIGHT);
                label(g, s.text(), 6, y0 - 4, TextAlignment.LEFT);
            }
            case VERTICAL_LINE -> {
                line(g, x0, 0, x0, h);
                label(g, s.text(), x0 + 4, 16, TextAlignment.LEFT);
            }
            case RECTANGLE -> {
                Bounds b = geo.box(s);
                g.setFill(c.deriveColor(0, 1, 1, 0.15));
                g.fillRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
                g.strokeRect(snap(b.getMinX()), snap(b.getMinY()), b.getWidth(), b.getHeight());
                g.setFill(c);
                label(g, s.text(), b.getMinX() + 4, b.getMinY() + 14, TextAlignment.LEFT);
            }
            case FIB_RETRACEMENT -> paintFib(g, s, c);
            case TEXT_NOTE -> paintNote(g, s, c, selected);
        }
        if (selected) {
            paintHandles(g, s, c);
        }
        g.restore();
    }

    private void paintFib(GraphicsContext g, Shape s, Color c) {
        Bounds span = geo.box(s);
        double left = span.getMinX();
        double right = Math.max(span.getMaxX(), left + 60);
        double previousY = Double.NaN;
        for (double level : ShapeGeometry.FIB_LEVELS) {
            double price = ShapeGeometry.fibPrice(s, level);
            double y = geo.yOfPrice(price);
            if (!Double.isNaN(previousY)) {
                g.setFill(c.deriveColor(0, 1, 1, level <= 0.5 ? 0.06 : 0.10));
                g.fillRect(left, Math.min(y, previousY), right - left, Math.abs(y - previousY));
            }
            line(g, left, y, right, y);
            g.setFill(c);
            String text = String.format(Locale.ENGLISH, "%s (%s)", ratio(level), PriceText.format(price));
            label(g, text, left + 4, y - 3, TextAlignment.LEFT);
            previousY = y;
        }
        g.setLineDashes(4, 4);
        line(g, geo.x(s.point(0)), geo.y(s.point(0)), geo.x(s.point(1)), geo.y(s.point(1)));
        g.setLineDashes();
        label(g, s.text(), left + 4, span.getMinY() - 16, TextAlignment.LEFT);
    }

    private static String ratio(double level) {
        return level == 0 || level == 1 ? String.valueOf((int) level)
                : String.format(Locale.ENGLISH, "%.3f", level).replaceAll("0+$", "");
    }

    private void paintNote(GraphicsContext g, Shape s, Color c, boolean selected) {
        Bounds b = geo.noteBounds(s);
        g.setFont(ShapeGeometry.NOTE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(s.text(), b.getMinX(), b.getMaxY());
        if (selected) {
            g.setLineWidth(1);
            g.setLineDashes(3, 3);
            g.strokeRect(snap(b.getMinX() - 3), snap(b.getMinY() - 2), b.getWidth() + 6, b.getHeight() + 4);
            g.setLineDashes();
        }
    }

    private void paintHandles(GraphicsContext g, Shape s, Color c) {
        g.setLineWidth(1.5);
        g.setLineDashes();
        for (ShapeGeometry.Handle handle : geo.handles(s)) {
            g.setFill(Color.WHITE);
            g.fillOval(handle.x() - HANDLE_RADIUS, handle.y() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
            g.setStroke(c);
            g.strokeOval(handle.x() - HANDLE_RADIUS, handle.y() - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        }
    }

    /**
     * The armed tool's shape from the points placed so far to {@code current} (the mouse, or the keyboard cursor,
     * which is then drawn too).
     */
    void paintPreview(GraphicsContext g, ShapeKind kind, java.util.List<ShapePoint> placed, ShapePoint current,
                      boolean showCursor, double w, double h) {
        if (showCursor) {
            paintCursor(g, geo.x(current), geo.y(current), DEFAULT_COLOUR);
        }
        java.util.List<ShapePoint> points = new java.util.ArrayList<>(placed);
        points.add(current);
        if (points.size() == kind.points() && kind != ShapeKind.TEXT_NOTE) {
            paint(g, new Shape("preview", kind, points, "", "", 1), w, h, false, true);
        }
    }

    /** A small ring with a cross where Enter would place the next point. */
    void paintCursor(GraphicsContext g, double x, double y, Color c) {
        g.save();
        g.setStroke(c);
        g.setLineWidth(1.5);
        g.setLineDashes();
        g.strokeOval(x - 7, y - 7, 14, 14);
        line(g, x - 12, y, x + 12, y);
        line(g, x, y - 12, x, y + 12);
        g.restore();
    }

    static double handleRadius() {
        return HANDLE_RADIUS;
    }

    private static void line(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(snap(x0), snap(y0), snap(x1), snap(y1));
    }

    private static void label(GraphicsContext g, String text, double x, double y, TextAlignment align) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFont(LABEL_FONT);
        g.setTextAlign(align);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(text, x, y);
    }

    /** Half-pixel positions draw one-pixel lines sharp. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
