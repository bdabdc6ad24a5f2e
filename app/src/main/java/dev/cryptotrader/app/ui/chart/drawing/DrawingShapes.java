package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.charting.draw.Shape;
import dev.cryptotrader.charting.draw.ShapeKind;
import dev.cryptotrader.charting.draw.ShapePoint;
import dev.cryptotrader.trading.drawing.Anchor;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.trading.drawing.DrawingStyle;

import java.util.List;

/** Between the engine's {@link Drawing}s and the chart's {@link Shape}s (the chart knows no trading types). */
public final class DrawingShapes {

    private DrawingShapes() {
    }

    public static ShapeKind kind(DrawingKind kind) {
        return ShapeKind.valueOf(kind.name());
    }

    public static DrawingKind kind(ShapeKind kind) {
        return DrawingKind.valueOf(kind.name());
    }

    public static Shape shape(Drawing d) {
        List<ShapePoint> points = d.anchors().stream()
                .map(a -> new ShapePoint(a.time(), a.price().doubleValue())).toList();
        return new Shape(d.id().toString(), kind(d.kind()), points, d.text(), d.style().colour(), d.style().width());
    }

    public static List<Anchor> anchors(List<ShapePoint> points, PriceRounding rounding) {
        return points.stream().map(p -> new Anchor(p.timeMillis(), rounding.round(p.price()))).toList();
    }

    /** The look of a new drawing: blue lines two pixels wide, a purple box, a cyan retracement. */
    public static DrawingStyle defaultStyle(DrawingKind kind) {
        return switch (kind) {
            case RECTANGLE -> new DrawingStyle("#7e57c2", 1);
            case FIB_RETRACEMENT -> new DrawingStyle("#26c6da", 1);
            case TEXT_NOTE -> new DrawingStyle("#2962ff", 1);
            default -> new DrawingStyle("#2962ff", 2);
        };
    }
}
