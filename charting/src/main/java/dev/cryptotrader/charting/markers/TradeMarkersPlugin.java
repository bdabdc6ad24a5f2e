package dev.cryptotrader.charting.markers;

import dev.cryptotrader.charting.PlotOverlay;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entry and exit markers of backtest trades over a price chart whose x axis is epoch seconds (a {@code CandleChart},
 * or any ChartFX chart with such an axis): ▲ buys and ▼ sells with their tip at the fill price, entries in the
 * buy/sell colour, exits green or red by the trade's outcome, each trade's entry and exit joined by a dashed line.
 * They are painted on a canvas of their own above the candles after every layout of the chart, so they follow pan and
 * zoom; only markers in view are drawn, at most one per kind and pixel column. Hovering a marker shows its description.
 */
public final class TradeMarkersPlugin extends ChartPlugin {

    static final double HALF_WIDTH = 5;
    static final double HEIGHT = 8;
    private static final double GAP = 2;
    private static final double HIT = 8;

    private final Canvas canvas = new Canvas();
    private final Label tip = new Label();
    private final Map<String, Text> colours = new HashMap<>();
    private List<TradeMarker> markers = List.of();
    private int drawn;

    public TradeMarkersPlugin() {
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        canvas.getStyleClass().add("trade-markers");
        tip.getStyleClass().add("trade-marker-tip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        getChartChildren().addAll(canvas, tip);
        for (String styleClass : List.of("trade-marker-buy", "trade-marker-sell", "trade-marker-win",
                "trade-marker-loss", "trade-marker-even")) {
            Text probe = new Text(); // invisible: the stylesheet sets its fill, the canvas has no CSS of its own
            probe.getStyleClass().add(styleClass);
            probe.setVisible(false);
            probe.setManaged(false);
            colours.put(styleClass, probe);
            getChartChildren().add(probe);
        }
        registerInputEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e));
        registerInputEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.setVisible(false));
    }

    /** Adds a markers overlay to {@code chart} and returns it. */
    public static TradeMarkersPlugin attach(XYChart chart) {
        TradeMarkersPlugin plugin = new TradeMarkersPlugin();
        chart.getPlugins().add(plugin);
        return plugin;
    }

    /** The stylesheet with the marker colours; load it after the candle chart's. */
    public static String stylesheet() {
        return Objects.requireNonNull(TradeMarkersPlugin.class.getResource("markers.css")).toExternalForm();
    }

    /** Replaces the markers (an empty list clears them); call on the FX thread. */
    public void setMarkers(List<TradeMarker> newMarkers) {
        List<TradeMarker> sorted = new ArrayList<>(newMarkers);
        sorted.sort(Comparator.comparingLong(TradeMarker::timeMillis));
        markers = List.copyOf(sorted);
        tip.setVisible(false);
        draw();
    }

    public List<TradeMarker> markers() {
        return markers;
    }

    /** Markers painted in the last frame (for tests). */
    public int drawnMarkers() {
        return drawn;
    }

    /** Where {@code marker}'s tip is on the plot canvas now, or null before the chart is laid out. */
    public Point2D tipPosition(TradeMarker marker) {
        if (!(getChart() instanceof XYChart chart) || chart.getCanvas().getWidth() <= 0) {
            return null;
        }
        return new Point2D(chart.getXAxis().getDisplayPosition(marker.timeMillis() / 1000.0),
                chart.getYAxis().getDisplayPosition(marker.price()));
    }

    /** The marker drawn near a point of the plot canvas, or null. */
    public TradeMarker markerAt(double x, double y) {
        TradeMarker best = null;
        double bestDistance = HIT;
        for (TradeMarker m : markers) {
            Point2D at = tipPosition(m);
            if (at == null) {
                return null;
            }
            double centreY = at.getY() + (m.direction() == TradeMarker.Direction.BUY ? 1 : -1) * (GAP + HEIGHT / 2);
            double d = Math.hypot(at.getX() - x, centreY - y);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    @Override
    public void runPostLayout() {
        draw();
    }

    private void draw() {
        if (!(getChart() instanceof XYChart chart)) {
            return;
        }
        GraphicsContext g = PlotOverlay.clearForPaint(canvas, chart, drawn == 0, markers.isEmpty());
        if (g == null) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        drawn = 0;
        if (markers.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        Axis x = chart.getXAxis();
        Axis y = chart.getYAxis();
        double viewFrom = x.getValueForDisplay(0) * 1000;
        double viewTo = x.getValueForDisplay(w) * 1000;
        long from = (long) Math.floor(Math.min(viewFrom, viewTo));
        long to = (long) Math.ceil(Math.max(viewFrom, viewTo));
        drawLinks(g, x, y, from, to);
        Map<String, Integer> lastColumn = new HashMap<>();
        for (TradeMarker m : markers) {
            if (m.timeMillis() < from || m.timeMillis() > to) {
                continue;
            }
            double px = x.getDisplayPosition(m.timeMillis() / 1000.0);
            double py = y.getDisplayPosition(m.price());
            String key = m.styleClass() + m.direction();
            int column = (int) Math.floor(px);
            if (py < -HEIGHT || py > h + HEIGHT || Integer.valueOf(column).equals(lastColumn.get(key))) {
                continue;
            }
            lastColumn.put(key, column);
            g.setFill(colour(m.styleClass()));
            triangle(g, px, py, m.direction() == TradeMarker.Direction.BUY);
            drawn++;
        }
    }

    /** Dashed lines from each trade's entry to its exit, in the exit's colour, when either end is in view. */
    private void drawLinks(GraphicsContext g, Axis x, Axis y, long from, long to) {
        Map<Integer, TradeMarker> entries = new HashMap<>();
        g.setLineWidth(1);
        g.setLineDashes(3, 3);
        for (TradeMarker m : markers) {
            if (m.role() == TradeMarker.Role.ENTRY) {
                entries.put(m.trade(), m);
                continue;
            }
            TradeMarker entry = entries.remove(m.trade());
            if (entry == null || m.timeMillis() < from || entry.timeMillis() > to) {
                continue;
            }
            g.setStroke(colour(m.styleClass()));
            g.strokeLine(x.getDisplayPosition(entry.timeMillis() / 1000.0), y.getDisplayPosition(entry.price()),
                    x.getDisplayPosition(m.timeMillis() / 1000.0), y.getDisplayPosition(m.price()));
        }
        g.setLineDashes((double[]) null);
    }

    /** ▲ below the price for a buy, ▼ above it for a sell, the tip just off the price. */
    private static void triangle(GraphicsContext g, double x, double price, boolean up) {
        double tipY = up ? price + GAP : price - GAP;
        double baseY = up ? tipY + HEIGHT : tipY - HEIGHT;
        g.fillPolygon(new double[]{x, x - HALF_WIDTH, x + HALF_WIDTH}, new double[]{tipY, baseY, baseY}, 3);
    }

    private void hover(MouseEvent e) {
        if (!(getChart() instanceof XYChart chart)) {
            return;
        }
        Point2D local = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        TradeMarker m = markerAt(local.getX(), local.getY());
        if (m == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(m.description());
        tip.autosize();
        double left = Math.min(local.getX() + 12, chart.getCanvas().getWidth() - tip.getWidth() - 4);
        tip.relocate(Math.max(4, left), Math.max(4, local.getY() - tip.getHeight() - 10));
        tip.setVisible(true);
    }

    private Paint colour(String styleClass) {
        Paint fill = colours.get(styleClass).getFill();
        return fill == null || Color.BLACK.equals(fill) ? Color.GRAY : fill;
    }
}
