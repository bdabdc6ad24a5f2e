package dev.cryptotrader.charting.overlay;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.ChartPane;
import dev.cryptotrader.charting.SolidGrid;
import dev.cryptotrader.charting.VisibleRange;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.geometry.Pos;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Objects;

/**
 * A pane below the price chart for one oscillator (RSI, MACD, Stochastic, ATR): its own value axis on the right, as
 * wide as the price chart's price axis so both plots start and end at the same x, and a time axis (labels hidden) whose
 * range is bound to the price chart's, so every bar sits exactly under its candle. The values fit the visible bars
 * unless a {@link #setFixedRange fixed range} (0..100 for RSI) is set. The mouse wheel zooms the price chart.
 */
public final class IndicatorSubpane extends StackPane implements ChartPane {

    /** The height a subpane asks for; the price chart keeps the rest. */
    public static final double DEFAULT_HEIGHT = 125;
    private static final double PADDING = 0.08;
    private static final double WHEEL_ZOOM = 1.15;

    private final CandleChart price;
    private final DefaultNumericAxis timeAxis = new DefaultNumericAxis();
    private final DefaultNumericAxis valueAxis = new DefaultNumericAxis();
    private final XYChart chart;
    private final OverlayRenderer renderer = new OverlayRenderer();
    private final OverlayLegend title = new OverlayLegend();
    private double fixedMin = Double.NaN;
    private double fixedMax = Double.NaN;

    public IndicatorSubpane(CandleChart price) {
        this.price = Objects.requireNonNull(price, "price");
        getStyleClass().add("indicator-subpane");
        configureAxes();
        chart = new XYChart(timeAxis, valueAxis);
        valueAxis.setSide(Side.RIGHT); // after the chart, which puts its y axis on the left
        chart.setLegendVisible(false);
        chart.getToolBar().setVisible(false);
        chart.setFocusTraversable(false);
        chart.getRenderers().setAll(renderer);
        // Uncached canvases, as in CandleChart: a cache is rebuilt on every redraw of a live chart anyway.
        chart.getCanvas().setCache(false);
        timeAxis.getCanvas().setCache(false);
        valueAxis.getCanvas().setCache(false);
        renderer.drawGridFirst(SolidGrid.replace(chart));
        StackPane.setAlignment(title, Pos.TOP_LEFT);
        title.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        title.setStyle("-fx-padding: 4 10 0 10;");
        getChildren().addAll(chart, title);
        setPrefHeight(DEFAULT_HEIGHT);
        setMinHeight(60);
        price.visibleRangeProperty().addListener((obs, old, range) -> fitValues());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                price.zoom(e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
                e.consume();
            }
        });
    }

    private void configureAxes() {
        timeAxis.setTimeAxis(true);
        timeAxis.setAutoRanging(false);
        timeAxis.setAutoGrowRanging(false);
        timeAxis.getTickLabelStyle().setVisible(false);
        timeAxis.getMajorTickStyle().setVisible(false);
        timeAxis.getMinorTickStyle().setVisible(false);
        timeAxis.setName(null);
        timeAxis.setUnit(null);
        timeAxis.minProperty().bind(price.timeAxis().minProperty());
        timeAxis.maxProperty().bind(price.timeAxis().maxProperty());
        timeAxis.maxMajorTickLabelCountProperty().bind(price.timeAxis().maxMajorTickLabelCountProperty());
        valueAxis.setAutoRanging(false);
        valueAxis.setAutoGrowRanging(false);
        valueAxis.setAutoUnitScaling(false);
        valueAxis.setName(null);
        valueAxis.setUnit(null);
        valueAxis.setMinorTickCount(0);
        valueAxis.setMaxMajorTickLabelCount(4);
        // Same width as the price axis: the plots line up, so time lines up.
        valueAxis.minWidthProperty().bind(price.priceAxis().widthProperty());
        valueAxis.prefWidthProperty().bind(price.priceAxis().widthProperty());
        valueAxis.maxWidthProperty().bind(price.priceAxis().widthProperty());
    }

    /** Replaces the drawn values and refits the value axis; call on the FX thread. */
    public void setContent(OverlayContent content) {
        renderer.setContent(content);
        fitValues();
    }

    /** The texts in the top-left corner: the indicator's name and its values at the newest visible bar. */
    public void setTitle(List<OverlayLegend.Item> items) {
        title.show(items);
    }

    /** Keeps the value axis at {@code min..max} (RSI and Stochastic: 0..100) instead of fitting the visible values. */
    public void setFixedRange(double min, double max) {
        fixedMin = min;
        fixedMax = max;
        fitValues();
    }

    /** Fits the value axis to the visible values (and guide levels), or sets the fixed range. */
    public void fitValues() {
        if (!Double.isNaN(fixedMin)) {
            valueAxis.set(fixedMin, fixedMax);
            return;
        }
        OverlayContent c = renderer.content();
        VisibleRange range = price.visibleRange();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        if (!range.isEmpty() && c.size() > 0) {
            int from = OverlayRenderer.indexAtOrAfter(c.openTime(), c.size(), range.fromTime());
            int to = OverlayRenderer.indexAtOrAfter(c.openTime(), c.size(), range.toTime() + 1) - 1;
            for (OverlayContent.Line line : c.lines()) {
                double[] values = line.values();
                for (int i = from; i <= to; i++) { // branch-free; NaN compares false both ways and is skipped
                    double v = values[i];
                    low = v < low ? v : low;
                    high = v > high ? v : high;
                }
            }
            if (c.histogram() != null) {
                double[] h = c.histogram().values();
                for (int i = from; i <= to; i++) {
                    double v = h[i];
                    low = v < low ? v : low;
                    high = v > high ? v : high;
                }
            }
        }
        if (!(low <= high)) {
            return; // nothing visible: keep the last range
        }
        if (c.histogram() != null) { // a histogram grows from zero: keep zero in view
            low = Math.min(low, 0);
            high = Math.max(high, 0);
        }
        double pad = Math.max((high - low) * PADDING, Math.max(Math.abs(high), 1e-12) * 1e-4);
        valueAxis.set(low - pad, high + pad);
    }

    public OverlayRenderer renderer() {
        return renderer;
    }

    /** The value axis on the right. */
    public DefaultNumericAxis valueAxis() {
        return valueAxis;
    }

    /** The time axis (epoch seconds), bound to the price chart's. */
    public DefaultNumericAxis timeAxis() {
        return timeAxis;
    }

    public OverlayLegend title() {
        return title;
    }

    @Override
    public XYChart xyChart() {
        return chart;
    }
}
