package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.ChartPane;
import dev.cryptotrader.charting.OhlcvColumns;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Draws the shared crosshair on one pane: a vertical line at the bar that holds the crosshair's time (every pane), and
 * in the pane under the pointer a horizontal line with the value tag over the vertical axis and the time tag over the
 * time axis. Moving the pointer over the plot moves the crosshair for all panes; leaving it hides it. The lines are
 * nodes over the plot, so moving them never redraws the candles.
 */
public final class CrosshairPlugin extends ChartPlugin {

    private final CrosshairState state;
    private final ChartPane pane;
    private final Supplier<OhlcvColumns> bars;
    private final Line vertical = line("crosshair-line");
    private final Line horizontal = line("crosshair-line");
    private final Label valueTag = tag();
    private final Label timeTag = tag();
    /** Over the axes: the plot area clips its children, and the tags belong on the axes. */
    private final Pane tags = new Pane(valueTag, timeTag);
    private final ChangeListener<CrosshairState.Point> onMove = (obs, old, p) -> reposition();
    private final EventHandler<MouseEvent> onMouse = this::mouse;
    private final EventHandler<MouseEvent> onExit = e -> left();

    /**
     * @param bars the bars {@code pane} is aligned with (read on every move: give the live columns, not a copy)
     */
    public CrosshairPlugin(CrosshairState state, ChartPane pane, Supplier<OhlcvColumns> bars) {
        this.state = Objects.requireNonNull(state, "state");
        this.pane = Objects.requireNonNull(pane, "pane");
        this.bars = Objects.requireNonNull(bars, "bars");
        tags.getStyleClass().add("crosshair-tags");
        tags.setManaged(false);
        tags.setMouseTransparent(true);
        tags.setPickOnBounds(false);
        valueTag.setId("crosshair-value-tag");
        timeTag.setId("crosshair-time-tag");
        getChartChildren().addAll(vertical, horizontal);
        chartProperty().addListener((obs, old, chart) -> {
            if (old != null) {
                old.getAxesAndCanvasPane().getChildren().remove(tags);
                old.removeEventFilter(MouseEvent.MOUSE_MOVED, onMouse);
                old.removeEventFilter(MouseEvent.MOUSE_DRAGGED, onMouse);
                old.removeEventHandler(MouseEvent.MOUSE_EXITED, onExit);
                state.pointProperty().removeListener(onMove);
            }
            if (chart != null) {
                chart.getAxesAndCanvasPane().getChildren().add(tags);
                chart.addEventFilter(MouseEvent.MOUSE_MOVED, onMouse);
                chart.addEventFilter(MouseEvent.MOUSE_DRAGGED, onMouse);
                chart.addEventHandler(MouseEvent.MOUSE_EXITED, onExit);
                state.pointProperty().addListener(onMove);
            }
            reposition();
        });
    }

    /** Adds a crosshair plugin to {@code pane}'s chart and returns it (remove it from the plugins to detach). */
    public static CrosshairPlugin attach(CrosshairState state, ChartPane pane, Supplier<OhlcvColumns> bars) {
        CrosshairPlugin plugin = new CrosshairPlugin(state, pane, bars);
        pane.xyChart().getPlugins().add(plugin);
        return plugin;
    }

    public ChartPane pane() {
        return pane;
    }

    /** The plot x of the vertical line, NaN while hidden (for tests). */
    public double lineX() {
        return vertical.isVisible() ? vertical.getStartX() : Double.NaN;
    }

    /** Whether the horizontal line and the tags show (only in the pane under the pointer). */
    public boolean showsValue() {
        return horizontal.isVisible();
    }

    /** The time of the bar this pane's vertical line is on (UTC epoch millis), or -1 while hidden. */
    public long shownTime() {
        CrosshairState.Point p = state.point();
        return p == null || !vertical.isVisible() ? -1 : BarSlots.containing(bars.get(), p.timeMillis());
    }

    @Override
    public void runPostLayout() {
        reposition(); // the axes moved (pan, zoom, new data)
    }

    private void left() {
        state.hideIfIn(pane);
    }

    private void mouse(MouseEvent e) {
        XYChart chart = (XYChart) getChart();
        Canvas canvas = chart.getCanvas();
        Point2D at = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (at.getX() < 0 || at.getY() < 0 || at.getX() > canvas.getWidth() || at.getY() > canvas.getHeight()) {
            state.hideIfIn(pane); // over an axis
            return;
        }
        long millis = Math.round(chart.getXAxis().getValueForDisplay(at.getX()) * 1000);
        double value = chart.getYAxis().getValueForDisplay(at.getY());
        state.show(pane, BarSlots.nearest(bars.get(), millis), value);
    }

    private void reposition() {
        CrosshairState.Point p = state.point();
        if (!(getChart() instanceof XYChart chart) || p == null || bars.get().isEmpty()) {
            hide();
            return;
        }
        Canvas canvas = chart.getCanvas();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        long time = BarSlots.containing(bars.get(), p.timeMillis());
        double x = Math.round(chart.getXAxis().getDisplayPosition(time / 1000.0)) + 0.5;
        if (!(x >= 0 && x <= w)) {
            hide();
            return;
        }
        vertical.setStartX(x);
        vertical.setEndX(x);
        vertical.setStartY(0);
        vertical.setEndY(h);
        vertical.setVisible(true);
        boolean here = p.pane() == pane;
        double y = here && p.hasValue() ? Math.round(chart.getYAxis().getDisplayPosition(p.value())) + 0.5 : -1;
        boolean value = y >= 0 && y <= h;
        horizontal.setVisible(value);
        valueTag.setVisible(value);
        timeTag.setVisible(here);
        if (value) {
            horizontal.setStartX(0);
            horizontal.setEndX(w);
            horizontal.setStartY(y);
            horizontal.setEndY(y);
            Axis yAxis = chart.getYAxis();
            valueTag.setText(TagFormat.value(p.value(), Math.abs(yAxis.getMax() - yAxis.getMin())));
            placeValueTag(canvas, y, yAxis.getSide() == Side.LEFT);
        }
        if (here) {
            timeTag.setText(TagFormat.time(time));
            placeTimeTag(canvas, x);
        }
    }

    private void placeValueTag(Canvas canvas, double y, boolean leftAxis) {
        Point2D at = tags.sceneToLocal(canvas.localToScene(leftAxis ? 0 : canvas.getWidth(), y));
        double tw = valueTag.prefWidth(-1);
        double th = valueTag.prefHeight(-1);
        double room = tags.getParent() instanceof javafx.scene.layout.Region r ? r.getWidth() : Double.MAX_VALUE;
        double x = leftAxis ? Math.max(0, at.getX() - tw) : Math.min(at.getX(), room - tw); // stay inside the pane
        valueTag.resizeRelocate(x, at.getY() - th / 2, tw, th);
    }

    private void placeTimeTag(Canvas canvas, double x) {
        Point2D bottom = tags.sceneToLocal(canvas.localToScene(x, canvas.getHeight()));
        Point2D left = tags.sceneToLocal(canvas.localToScene(0, 0));
        Point2D right = tags.sceneToLocal(canvas.localToScene(canvas.getWidth(), 0));
        double tw = timeTag.prefWidth(-1);
        double th = timeTag.prefHeight(-1);
        double tx = Math.clamp(bottom.getX() - tw / 2, left.getX(), Math.max(left.getX(), right.getX() - tw));
        timeTag.resizeRelocate(tx, bottom.getY() + 1, tw, th);
    }

    private void hide() {
        vertical.setVisible(false);
        horizontal.setVisible(false);
        valueTag.setVisible(false);
        timeTag.setVisible(false);
    }

    private static Line line(String style) {
        Line l = new Line();
        l.getStyleClass().add(style);
        l.setManaged(false);
        l.setMouseTransparent(true);
        l.setVisible(false);
        return l;
    }

    private static Label tag() {
        Label l = new Label();
        l.getStyleClass().add("crosshair-tag");
        l.setManaged(false);
        l.setVisible(false);
        return l;
    }
}
