package dev.cryptotrader.charting.draw;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

import java.util.ArrayList;
import java.util.List;

/**
 * The alerts on the chart, as styled nodes (colours come from {@code drawing-layer.css}): per alert a dashed line
 * across the plot, a tag at the right edge with a bell and the price, and, once it fired, a bell badge on the bar
 * where it fired. {@code :triggered} greys a fired alert out, {@code :selected} marks the one picked.
 */
final class AlertMarks extends Pane {

    private static final PseudoClass TRIGGERED = PseudoClass.getPseudoClass("triggered");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final String BELL = "M6 0.5c-2 0-3.5 1.6-3.5 3.6v2.6L1 9h10L9.5 6.7V4.1C9.5 2.1 8 0.5 6 0.5z"
            + "M4.6 10a1.4 1.4 0 0 0 2.8 0z";

    private final List<Mark> marks = new ArrayList<>();

    /** The nodes of one alert. */
    private record Mark(AlertMark alert, Pane group, Line line, Label tag, Label fired) {
    }

    AlertMarks() {
        getStyleClass().add("alert-marks");
        setMouseTransparent(true);
        setManaged(false);
    }

    void show(List<AlertMark> alerts) {
        marks.clear();
        getChildren().clear();
        for (AlertMark a : alerts) {
            Pane group = new Pane();
            group.getStyleClass().add("alert-mark");
            group.setManaged(false);
            group.pseudoClassStateChanged(TRIGGERED, a.triggered());
            Line line = new Line();
            line.getStyleClass().add("alert-line");
            Label tag = new Label(a.label().isEmpty() ? PriceText.format(a.price())
                    : PriceText.format(a.price()) + "  " + a.label(), bell());
            tag.getStyleClass().add("alert-tag");
            tag.setManaged(false);
            Label fired = null;
            group.getChildren().addAll(line, tag);
            if (a.triggered() && a.firedBarMillis() >= 0) {
                fired = new Label("", bell());
                fired.getStyleClass().add("alert-fired-marker");
                fired.setManaged(false);
                group.getChildren().add(fired);
            }
            getChildren().add(group);
            marks.add(new Mark(a, group, line, tag, fired));
        }
    }

    private static SVGPath bell() {
        SVGPath p = new SVGPath();
        p.setContent(BELL);
        p.getStyleClass().add("alert-bell");
        return p;
    }

    void select(String alertId) {
        for (Mark m : marks) {
            m.group.pseudoClassStateChanged(SELECTED, m.alert.id().equals(alertId));
        }
    }

    /** Places every node for the current axes; {@code dragged} overrides one alert's price while it is dragged. */
    void reposition(ChartMapping map, String draggedId, double draggedPrice) {
        double w = map.width();
        double h = map.height();
        for (Mark m : marks) {
            double price = m.alert.id().equals(draggedId) ? draggedPrice : m.alert.price();
            double y = Math.floor(map.y(price)) + 0.5;
            boolean inView = y >= 0 && y <= h;
            m.group.setVisible(inView);
            if (!inView) {
                continue;
            }
            m.line.setStartX(0);
            m.line.setEndX(w);
            m.line.setStartY(y);
            m.line.setEndY(y);
            double tw = m.tag.prefWidth(-1);
            double th = m.tag.prefHeight(-1);
            m.tag.resizeRelocate(Math.max(0, w - tw - 2), y - th / 2, tw, th);
            if (m.fired != null) {
                double fx = map.x(map.containingBarTime(m.alert.firedBarMillis()));
                double fw = m.fired.prefWidth(-1);
                double fh = m.fired.prefHeight(-1);
                m.fired.setVisible(fx >= 0 && fx <= w);
                m.fired.resizeRelocate(fx - fw / 2, y - fh / 2, fw, fh);
            }
        }
    }

    /** The alert whose line or tag is within {@code tolerance} pixels of (x, y), the nearest; null if none. */
    AlertMark pick(ChartMapping map, double x, double y, double tolerance) {
        AlertMark best = null;
        double bestDistance = tolerance;
        for (Mark m : marks) {
            double d = Math.abs(map.y(m.alert.price()) - y);
            if (m.tag.getBoundsInParent().contains(x, y)) {
                d = 0;
            }
            if (d <= bestDistance) {
                best = m.alert;
                bestDistance = d;
            }
        }
        return best;
    }
}
