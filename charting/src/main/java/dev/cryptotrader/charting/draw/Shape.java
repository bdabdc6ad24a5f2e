package dev.cryptotrader.charting.draw;

import java.util.List;
import java.util.Objects;

/**
 * One drawing as the chart paints it: an id the owner chose, the kind, its points (as many as the kind has), a text
 * (a note's content, a label for other kinds; "" for none), a colour ({@code #rrggbb} or a CSS colour name) and a line
 * width in pixels.
 */
public record Shape(String id, ShapeKind kind, List<ShapePoint> points, String text, String colour, double width) {

    public Shape {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
        if (points.size() != kind.points()) {
            throw new IllegalArgumentException("a " + kind.title().toLowerCase(java.util.Locale.ROOT) + " has "
                    + kind.points() + " points, got " + points.size());
        }
        text = text == null ? "" : text;
        colour = colour == null ? "" : colour;
    }

    public Shape withPoints(List<ShapePoint> newPoints) {
        return new Shape(id, kind, newPoints, text, colour, width);
    }

    public ShapePoint point(int i) {
        return points.get(i);
    }
}
