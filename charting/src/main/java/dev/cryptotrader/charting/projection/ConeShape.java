package dev.cryptotrader.charting.projection;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongToDoubleFunction;

/** The forecast cone's nodes: the ±2σ band, the ±1σ band inside it, the centre line and a tag per band. */
final class ConeShape {

    private final Polygon outer = new Polygon();
    private final Polygon inner = new Polygon();
    private final Polyline centre = new Polyline();
    private final Label[] tags = {new Label(), new Label(), new Label(), new Label()};
    private static final String[] NAMES = {"+2σ", "+1σ", "−1σ", "−2σ"};

    ConeShape() {
        outer.getStyleClass().add("projection-cone-outer");
        inner.getStyleClass().add("projection-cone-inner");
        centre.getStyleClass().add("projection-cone-centre");
        for (Label tag : tags) {
            tag.getStyleClass().add("projection-cone-tag");
        }
        for (Node n : nodes()) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
    }

    List<Node> nodes() {
        return List.of(outer, inner, centre, tags[0], tags[1], tags[2], tags[3]);
    }

    void setVisible(boolean visible) {
        nodes().forEach(n -> n.setVisible(visible));
    }

    /**
     * Places the cone: {@code xAt} maps an open time (ms) to a layer x, {@code yAt} a price to a layer y; tags keep
     * left of {@code rightEdge}.
     */
    void layout(ConeGeometry cone, LongToDoubleFunction xAt, DoubleUnaryOperator yAt, double rightEdge) {
        int n = cone.points();
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = xAt.applyAsDouble(cone.time(k));
        }
        band(outer, x, cone.upper2(), cone.lower2(), yAt);
        band(inner, x, cone.upper1(), cone.lower1(), yAt);
        centre.getPoints().setAll(x[0], yAt.applyAsDouble(cone.centre()), x[n - 1],
                yAt.applyAsDouble(cone.centre()));
        double[][] ends = {cone.upper2(), cone.upper1(), cone.lower1(), cone.lower2()};
        for (int i = 0; i < tags.length; i++) {
            double price = ends[i][n - 1];
            tags[i].setText(NAMES[i] + " " + PriceText.of(price));
            tags[i].applyCss();
            double w = tags[i].prefWidth(-1);
            double h = tags[i].prefHeight(-1);
            tags[i].resizeRelocate(Math.min(x[n - 1] + 4, rightEdge - w - 4), yAt.applyAsDouble(price) - h / 2, w, h);
        }
    }

    private static void band(Polygon p, double[] x, double[] upper, double[] lower, DoubleUnaryOperator yAt) {
        int n = x.length;
        Double[] points = new Double[4 * n];
        for (int k = 0; k < n; k++) {
            points[2 * k] = x[k];
            points[2 * k + 1] = yAt.applyAsDouble(upper[k]);
            int back = n - 1 - k;
            points[2 * n + 2 * k] = x[back];
            points[2 * n + 2 * k + 1] = yAt.applyAsDouble(lower[back]);
        }
        p.getPoints().setAll(points);
    }
}
