package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.ChartPane;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Objects;

/**
 * Where the crosshair is, shared by every pane that draws it: the time of the bar under the pointer, the price (or
 * indicator value) at the pointer in the pane it is over, and which pane that is. Null while it is hidden. Every
 * pane draws its vertical line at the bar that contains the time, so panes of other timeframes show the same moment.
 * FX thread only.
 */
public final class CrosshairState {

    /**
     * The crosshair at {@code timeMillis} (UTC epoch millis: the open time of the bar under it in {@code pane}),
     * at {@code value} on that pane's vertical axis (NaN: no horizontal line).
     */
    public record Point(long timeMillis, double value, ChartPane pane) {

        public Point {
            Objects.requireNonNull(pane, "pane");
        }

        public boolean hasValue() {
            return !Double.isNaN(value);
        }
    }

    private final ReadOnlyObjectWrapper<Point> point = new ReadOnlyObjectWrapper<>(this, "point");

    /** Puts the crosshair at {@code timeMillis} and {@code value} (NaN for none) in {@code pane}. */
    public void show(ChartPane pane, long timeMillis, double value) {
        Point old = point.get();
        if (old != null && old.pane() == pane && old.timeMillis() == timeMillis
                && Double.compare(old.value(), value) == 0) {
            return;
        }
        point.set(new Point(timeMillis, value, pane));
    }

    public void hide() {
        point.set(null);
    }

    /** Hides the crosshair if {@code pane} is the one showing it (the pointer left it). */
    public void hideIfIn(ChartPane pane) {
        Point p = point.get();
        if (p != null && p.pane() == pane) {
            hide();
        }
    }

    /** The crosshair, or null while hidden. */
    public Point point() {
        return point.get();
    }

    public ReadOnlyObjectProperty<Point> pointProperty() {
        return point.getReadOnlyProperty();
    }
}
