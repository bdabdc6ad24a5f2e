package dev.cryptotrader.charting.levels;

import dev.cryptotrader.charting.PlotOverlay;
import dev.cryptotrader.charting.CandleChart;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Horizontal level segments with small labels over a candle chart: previous day/week high, low, close and swing
 * support/resistance. They are painted on a canvas of their own above the candles, once per chart redraw and when the
 * levels change; only the segments in view are drawn, and labels only where a segment is wide enough to hold one.
 */
public final class LevelsPlugin extends ChartPlugin {

    private static final double LABEL_GAP = 3;

    private final CandleChart candles;
    private final Canvas canvas = new Canvas();
    private final Font font = Font.font(10);
    private final Map<LevelKind, Text> colours = new EnumMap<>(LevelKind.class);
    private final Text measure = new Text();
    private List<LevelLine> lines = List.of();
    private int drawnSegments;

    public LevelsPlugin(CandleChart candles) {
        this.candles = candles;
        canvas.setManaged(false);
        canvas.setMouseTransparent(true);
        canvas.getStyleClass().add("htf-levels");
        getChartChildren().add(canvas);
        for (LevelKind kind : LevelKind.values()) {
            // Invisible probes whose fill the stylesheet sets: the canvas has no CSS of its own.
            Text probe = new Text();
            probe.getStyleClass().add(kind.styleClass());
            probe.setVisible(false);
            probe.setManaged(false);
            colours.put(kind, probe);
            getChartChildren().add(probe);
        }
        measure.setFont(font);
    }

    /** Adds a levels overlay to {@code chart} and returns it. */
    public static LevelsPlugin attach(CandleChart chart) {
        LevelsPlugin plugin = new LevelsPlugin(chart);
        chart.xyChart().getPlugins().add(plugin);
        return plugin;
    }

    /** Replaces the levels shown (an empty list clears them). */
    public void setLines(List<LevelLine> newLines) {
        lines = List.copyOf(newLines);
        draw();
    }

    public List<LevelLine> lines() {
        return lines;
    }

    /** Segments drawn in the last paint (for tests). */
    public int drawnSegments() {
        return drawnSegments;
    }

    @Override
    public void runPostLayout() {
        draw();
    }

    private void draw() {
        if (!(getChart() instanceof XYChart chart)) {
            return;
        }
        GraphicsContext g = PlotOverlay.clearForPaint(canvas, chart, drawnSegments == 0, lines.isEmpty());
        if (g == null) {
            return;
        }
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        drawnSegments = 0;
        if (lines.isEmpty() || w <= 0 || h <= 0) {
            return;
        }
        Axis x = chart.getXAxis();
        Axis y = chart.getYAxis();
        double half = candles.barMillis() / 2000.0;
        double viewFrom = x.getValueForDisplay(0);
        double viewTo = x.getValueForDisplay(w);
        g.setFont(font);
        g.setLineWidth(1);
        for (LevelLine line : lines) {
            double from = line.fromMillis() / 1000.0 - half;
            double to = line.toMillis() == LevelLine.OPEN_END ? viewTo : line.toMillis() / 1000.0 + half;
            if (to < viewFrom || from > viewTo) {
                continue;
            }
            double py = Math.round(y.getDisplayPosition(line.price())) + 0.5;
            if (py < 0 || py > h) {
                continue;
            }
            double x1 = Math.max(0, x.getDisplayPosition(from));
            double x2 = Math.min(w, x.getDisplayPosition(to));
            drawSegment(g, line, x1, x2, py, x);
        }
    }

    private void drawSegment(GraphicsContext g, LevelLine line, double x1, double x2, double y, Axis x) {
        Paint colour = colour(line.kind());
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineDashes(line.kind().dashed() ? new double[]{5, 4} : null);
        g.strokeLine(x1, y, x2, y);
        drawnSegments++;
        if (line.markerMillis() >= 0) {
            double mx = x.getDisplayPosition(line.markerMillis() / 1000.0);
            g.fillOval(mx - 2.5, y - 2.5, 5, 5);
        }
        measure.setText(line.label());
        double tw = measure.getLayoutBounds().getWidth();
        if (x2 - x1 >= tw + 2 * LABEL_GAP) {
            g.fillText(line.label(), x2 - tw - LABEL_GAP, y - LABEL_GAP);
        }
    }

    private Paint colour(LevelKind kind) {
        Paint fill = colours.get(kind).getFill();
        return fill == null || Color.BLACK.equals(fill) ? Color.GRAY : fill;
    }
}
