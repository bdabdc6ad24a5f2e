package dev.cryptotrader.charting.equity;

import dev.cryptotrader.charting.SolidGrid;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Equity curves over time with their drawdowns below: several named curves overlaid (a backtest, pinned runs to
 * compare, a walk-forward's stitched out-of-sample equity), time on a shared UTC axis in epoch seconds, the drawdown
 * below each curve's running peak as a filled area in percent. The wheel zooms time around the mouse, a drag pans,
 * a double click shows everything again; hovering shows every curve's value at that time in the legend.
 *
 * <p>Call it on the JavaFX thread. Colours come from {@link #stylesheet()}, which the scene should load after
 * {@code CandleChart.stylesheet()} (whose chart colours it shares).
 */
public final class EquityChart extends VBox {

    private static final double PADDING = 0.06;
    private static final double WHEEL_ZOOM = 1.15;

    private final DefaultNumericAxis equityTime = timeAxis(false);
    private final DefaultNumericAxis equityValue = valueAxis("");
    private final DefaultNumericAxis drawdownTime = timeAxis(true);
    private final DefaultNumericAxis drawdownValue = valueAxis("%");
    private final CurveRenderer equityRenderer = new CurveRenderer(false);
    private final CurveRenderer drawdownRenderer = new CurveRenderer(true);
    private final XYChart equity = chart(equityTime, equityValue, equityRenderer);
    private final XYChart drawdown = chart(drawdownTime, drawdownValue, drawdownRenderer);
    private final EquityLegend legend = new EquityLegend();
    private final StackPane drawdownPane;
    private final TimeWindow window = new TimeWindow();
    private double pressX = Double.NaN;

    public EquityChart() {
        getStyleClass().add("equity-chart");
        Label ddTitle = new Label("Drawdown");
        ddTitle.getStyleClass().add("equity-pane-title");
        ddTitle.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        StackPane.setAlignment(ddTitle, Pos.TOP_LEFT);
        legend.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        legend.setMinSize(0, 0); // a long legend wraps or is cut, it never widens the chart
        StackPane equityPane = new StackPane(equity, legend);
        equityPane.getStyleClass().add("equity-pane");
        drawdownPane = new StackPane(drawdown, ddTitle);
        drawdownPane.getStyleClass().addAll("equity-pane", "drawdown-pane");
        VBox.setVgrow(equityPane, Priority.ALWAYS);
        // The drawdown takes a third of the height, however tall the chart is.
        drawdownPane.prefHeightProperty().bind(heightProperty().multiply(0.34));
        drawdownPane.setMinHeight(90);
        equityPane.setMinHeight(80);
        // Same value-axis width in both panes, so a time is the same pixel column in each.
        drawdownValue.minWidthProperty().bind(equityValue.widthProperty());
        drawdownValue.prefWidthProperty().bind(equityValue.widthProperty());
        drawdownValue.maxWidthProperty().bind(equityValue.widthProperty());
        getChildren().addAll(equityPane, drawdownPane);
        for (XYChart c : List.of(equity, drawdown)) {
            c.getCanvas().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pressX = e.getX());
            c.getCanvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
            c.getCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(c, e.getX()));
            c.getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> legend.showLast());
            c.getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getClickCount() == 2) {
                    resetZoom();
                }
            });
            c.addEventHandler(ScrollEvent.SCROLL, e -> scrolled(c, e));
        }
    }

    /** The stylesheet with the curve colours; load it after the candle chart's. */
    public static String stylesheet() {
        return Objects.requireNonNull(EquityChart.class.getResource("equity.css")).toExternalForm();
    }

    /** Shows {@code curves} (curve {@code i} in colour {@code i}), all of their time span in view. */
    public void setCurves(List<EquityCurve> curves) {
        List<EquityCurve> all = List.copyOf(curves);
        List<EquityCurve> drawdowns = new ArrayList<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (EquityCurve c : all) {
            drawdowns.add(Drawdowns.percentOf(c));
            if (!c.isEmpty()) {
                from = Math.min(from, c.timeMillis()[0]);
                to = Math.max(to, c.timeMillis()[c.size() - 1]);
            }
        }
        equityRenderer.setCurves(all);
        drawdownRenderer.setCurves(drawdowns);
        legend.setCurves(all);
        if (from <= to) {
            window.setData(from / 1000.0, to / 1000.0);
        } else {
            window.setData(0, 1);
        }
        apply();
    }

    public List<EquityCurve> curves() {
        return equityRenderer.curves();
    }

    /** Shows or hides the drawdown pane. */
    public void setDrawdownVisible(boolean visible) {
        drawdownPane.setVisible(visible);
        drawdownPane.setManaged(visible);
    }

    /** Shows the whole time span again. */
    public void resetZoom() {
        window.reset();
        apply();
    }

    /** Zooms time by {@code factor} (above 1: in) around the middle of the view. */
    public void zoom(double factor) {
        window.zoom(factor, (window.from() + window.to()) / 2);
        apply();
    }

    /** The equity pane (ChartFX), for plugins and tests. */
    public XYChart equityPane() {
        return equity;
    }

    /** The drawdown pane (ChartFX), for tests. */
    public XYChart drawdownPane() {
        return drawdown;
    }

    /** The drawdown curves on screen, in percent. */
    public List<EquityCurve> drawdownCurves() {
        return drawdownRenderer.curves();
    }

    /** The legend's texts (names and values), for tests. */
    public List<String> legendTexts() {
        return legend.texts();
    }

    /** Points or merged columns the equity pane drew in its last frame (tests check decimation). */
    public int lastFramePoints() {
        return equityRenderer.lastFramePoints();
    }

    private void apply() {
        double from = window.from();
        double to = window.to();
        equityTime.set(from, to);
        drawdownTime.set(from, to);
        double[] equityRange = fit(equityRenderer.curves(), from, to);
        double[] ddRange = fit(drawdownRenderer.curves(), from, to);
        setRange(equityValue, equityRange[0], equityRange[1]);
        // Drawdown is never above zero: zero at the top, the deepest visible drawdown (at least 1%) at the bottom.
        double deepest = Double.isFinite(ddRange[0]) ? Math.min(ddRange[0], -1) : -1;
        drawdownValue.set(deepest * (1 + PADDING), -deepest * 0.03);
        equity.invalidate();
        drawdown.invalidate();
    }

    private static void setRange(DefaultNumericAxis axis, double low, double high) {
        if (!(low <= high)) {
            axis.set(0, 1);
            return;
        }
        double pad = Math.max((high - low) * PADDING, Math.max(Math.abs(high), 1e-9) * 1e-4);
        axis.set(low - pad, high + pad);
    }

    /** The lowest and highest value of the curves' points in {@code [from, to]} seconds. */
    private static double[] fit(List<EquityCurve> curves, double from, double to) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (EquityCurve c : curves) {
            int a = Math.max(0, c.indexAtOrBefore((long) Math.floor(from * 1000)));
            int b = c.indexAtOrBefore((long) Math.ceil(to * 1000));
            for (int i = a; i <= b; i++) {
                double v = c.values()[i];
                low = v < low ? v : low;
                high = v > high ? v : high;
            }
        }
        return new double[]{low, high};
    }

    private void hover(XYChart chart, double x) {
        DefaultNumericAxis axis = chart == equity ? equityTime : drawdownTime;
        if (!curves().isEmpty()) {
            legend.showAt(Math.round(axis.getValueForDisplay(x) * 1000));
        }
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown() || Double.isNaN(pressX)) {
            return;
        }
        double secondsPerPixel = (window.to() - window.from()) / Math.max(1, equityTime.getWidth());
        window.pan((pressX - e.getX()) * secondsPerPixel);
        pressX = e.getX();
        apply();
        e.consume();
    }

    private void scrolled(XYChart chart, ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        DefaultNumericAxis axis = chart == equity ? equityTime : drawdownTime;
        double anchor = axis.getValueForDisplay(chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY()).getX());
        window.zoom(e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, anchor);
        apply();
        e.consume();
    }

    private static XYChart chart(DefaultNumericAxis time, DefaultNumericAxis value, CurveRenderer renderer) {
        XYChart chart = new XYChart(time, value);
        value.setSide(Side.RIGHT);
        chart.setLegendVisible(false);
        chart.getToolBar().setVisible(false);
        chart.setFocusTraversable(false);
        chart.getCanvas().setCache(false);
        time.getCanvas().setCache(false);
        value.getCanvas().setCache(false);
        chart.getRenderers().setAll(renderer);
        renderer.drawGridFirst(SolidGrid.replace(chart));
        return chart;
    }

    private static DefaultNumericAxis timeAxis(boolean labels) {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        axis.setTimeAxis(true);
        axis.setAutoRanging(false);
        axis.setAutoGrowRanging(false);
        axis.setName(null);
        axis.setUnit(null);
        axis.setMaxMajorTickLabelCount(8);
        if (!labels) {
            axis.getTickLabelStyle().setVisible(false);
            axis.getMajorTickStyle().setVisible(false);
            axis.getMinorTickStyle().setVisible(false);
        }
        return axis;
    }

    private static DefaultNumericAxis valueAxis(String suffix) {
        DefaultNumericAxis axis = new DefaultNumericAxis();
        axis.setAxisLabelFormatter(new AxisNumbers(suffix));
        axis.setAutoRanging(false);
        axis.setAutoGrowRanging(false);
        axis.setAutoUnitScaling(false);
        axis.setName(null);
        axis.setUnit(null);
        axis.setMinorTickCount(0);
        axis.setMaxMajorTickLabelCount(6);
        return axis;
    }
}
