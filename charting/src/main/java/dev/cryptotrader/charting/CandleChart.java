package dev.cryptotrader.charting;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A candlestick chart of one series: ChartFX's {@code CandleStickRenderer} over {@link OhlcvColumns}, a UTC time axis
 * at the bottom and a price axis on the right that fits the visible bars. Navigation is in bars: {@link #pan},
 * {@link #zoom}, {@link #showLatest}, {@link #jumpToLatest}; dragging and the mouse wheel do the same. Zooming out
 * goes as far as the whole series; with more bars in view than pixel columns, each column shows one merged candle
 * ({@link PixelAggregation}) instead of a shape per bar. A legend shows the newest visible bar and a tag on the price
 * axis the latest close.
 *
 * <p>Call it on the JavaFX thread. Data is swapped under the dataset's write lock and ChartFX redraws once on the next
 * pulse, however many calls came before it. Colours come from {@link #stylesheet()}, which the scene should load.
 */
public final class CandleChart extends StackPane implements ChartPane {

    /** Bars shown when a series opens. */
    public static final int DEFAULT_VISIBLE_BARS = 150;
    private static final double PRICE_PADDING = 0.08;
    private static final double PIXELS_PER_TIME_LABEL = 110;

    private final DefaultNumericAxis timeAxis = new DefaultNumericAxis();
    private final DefaultNumericAxis priceAxis = new DefaultNumericAxis();
    private final XYChart chart;
    private final CandleDataSet dataSet = new CandleDataSet("candles");
    private final PaintAwareCandleRenderer renderer;
    private final Viewport viewport = new Viewport();
    private final Label legend = new Label();
    private final LastPriceMarker lastPrice;
    private final ReadOnlyObjectWrapper<VisibleRange> visibleRange = new ReadOnlyObjectWrapper<>(VisibleRange.EMPTY);
    private final ReadOnlyIntegerWrapper paintCount = new ReadOnlyIntegerWrapper();
    private final List<PriceRange> priceRanges = new ArrayList<>();
    private String label = "";
    private long barMillis = 60_000L;

    public CandleChart() {
        getStyleClass().add("candle-chart");
        setFocusTraversable(true);
        configureAxes();
        chart = new XYChart(timeAxis, priceAxis);
        priceAxis.setSide(Side.RIGHT);
        chart.setLegendVisible(false);
        chart.getToolBar().setVisible(false);
        chart.setFocusTraversable(false);
        // ChartFX caches the plot canvas as an image. The canvas keeps its own texture anyway, and a live chart
        // changes it every frame, so the cache only adds a rebuild and a full-size copy to each frame.
        chart.getCanvas().setCache(false);
        // The same for the axes' canvases, which ChartFX also caches: every new bar moves the time axis and most
        // live updates the price axis, and the software pipeline then rebuilds both caches in that frame (pulses of
        // 100-200 ms while a live chart caught up, in the live-path benchmark's pulse log).
        timeAxis.getCanvas().setCache(false);
        priceAxis.getCanvas().setCache(false);
        lastPrice = new LastPriceMarker(chart, priceAxis);
        renderer = new PaintAwareCandleRenderer(() -> {
            lastPrice.reposition();
            paintCount.set(paintCount.get() + 1);
        });
        renderer.getDatasets().add(dataSet);
        chart.getRenderers().setAll(renderer);
        renderer.drawGridFirst(SolidGrid.replace(chart));

        legend.getStyleClass().add("candle-chart-legend");
        legend.setMouseTransparent(true);
        StackPane.setAlignment(legend, Pos.TOP_LEFT);
        getChildren().addAll(chart, lastPrice, legend);
        widthProperty().addListener((obs, old, w) -> timeAxis.setMaxMajorTickLabelCount(
                Math.max(2, (int) (w.doubleValue() / PIXELS_PER_TIME_LABEL))));
        MouseNavigation.install(this);
    }

    /** The chart's stylesheet (dark by default; its colours are looked-up colours an app may redefine on .root). */
    public static String stylesheet() {
        return Objects.requireNonNull(CandleChart.class.getResource("candle-chart.css")).toExternalForm();
    }

    /** Shows a new series, opening on its latest {@value #DEFAULT_VISIBLE_BARS} bars. */
    public void setData(String label, OhlcvColumns columns) {
        this.label = Objects.requireNonNull(label, "label");
        barMillis = columns.barMillis();
        dataSet.setColumns(columns);
        lastPrice.show(columns);
        viewport.reset(columns.size(), DEFAULT_VISIBLE_BARS);
        apply();
    }

    /**
     * Replaces the bars of the series on screen (more history, a newer bar) and keeps the same bars in view: the bar
     * at the right edge stays at the right edge. If the newest bar was in view and newer bars arrived, the view
     * follows them, as a live chart should.
     */
    public void updateData(OhlcvColumns columns) {
        OhlcvColumns old = dataSet.columns();
        int shift = 0;
        boolean sameBars = old.openTime() == columns.openTime(); // a live update of the same arrays
        if (!old.isEmpty() && !columns.isEmpty()) {
            int anchor = viewport.lastBar();
            shift = columns.indexAtOrAfter(old.openTime()[anchor]) - anchor;
            boolean followingNewest = anchor == old.size() - 1;
            int appended = columns.size() - columns.indexAtOrAfter(old.openTime()[old.size() - 1] + 1);
            if (followingNewest && appended > 0) {
                shift += appended;
            }
        }
        // The bar spacing of a million bars takes a full scan; a live update only adds steps at the end.
        barMillis = sameBars && old.size() > 1 ? Math.min(barMillis, lastStep(columns)) : columns.barMillis();
        dataSet.setColumns(columns);
        lastPrice.show(columns);
        viewport.rebase(columns.size(), shift);
        apply();
    }

    private long lastStep(OhlcvColumns c) {
        int n = c.size();
        return n < 2 ? barMillis : c.openTime()[n - 1] - c.openTime()[n - 2];
    }

    /** Shows or hides the legend at the top left (a crosshair readout may take its place). */
    public void setLegendVisible(boolean visible) {
        legend.setVisible(visible);
        legend.setManaged(visible);
    }

    /** Fits the price axis to {@code range}'s values too, from now on (overlays such as Bollinger Bands). */
    public void addPriceRange(PriceRange range) {
        priceRanges.add(Objects.requireNonNull(range, "range"));
        apply();
    }

    public void removePriceRange(PriceRange range) {
        if (priceRanges.remove(range)) {
            apply();
        }
    }

    /** Fits the axes again: call after what a {@link PriceRange} reports has changed. */
    public void refit() {
        apply();
    }

    public void showLatest(int bars) {
        viewport.showLatest(bars);
        apply();
    }

    public void jumpToLatest() {
        viewport.jumpToLatest();
        apply();
    }

    /** Positive moves towards newer bars, negative towards older ones. */
    public void pan(int bars) {
        viewport.pan(bars);
        apply();
    }

    /** {@code factor} above 1 zooms in (fewer, wider bars), below 1 zooms out. */
    public void zoom(double factor) {
        viewport.zoom(factor);
        apply();
    }

    public VisibleRange visibleRange() {
        return visibleRange.get();
    }

    public ReadOnlyObjectProperty<VisibleRange> visibleRangeProperty() {
        return visibleRange.getReadOnlyProperty();
    }

    public int barCount() {
        return dataSet.getDataCount();
    }

    public String label() {
        return label;
    }

    /** How many times the candles were drawn with at least one bar; goes up once per redrawn frame. */
    public ReadOnlyIntegerProperty paintCountProperty() {
        return paintCount.getReadOnlyProperty();
    }

    /** The ChartFX chart inside, for plugins and tests. */
    @Override
    public XYChart xyChart() {
        return chart;
    }

    /**
     * The bottom axis, in UTC epoch <em>seconds</em> (ChartFX's time-axis unit): {@code getDisplayPosition(seconds)}
     * gives a plot x. Its range is set by the chart; overlays read it and must not change it.
     */
    public DefaultNumericAxis timeAxis() {
        return timeAxis;
    }

    /** The price axis on the right; its range is set by the chart to fit the visible bars. */
    public DefaultNumericAxis priceAxis() {
        return priceAxis;
    }

    /** The bars on screen (never null, maybe empty); index i is the bar overlays align their values with. */
    public OhlcvColumns columns() {
        return dataSet.columns();
    }

    /** The spacing of the bars on screen in milliseconds (the smallest step between two bars). */
    public long barMillis() {
        return barMillis;
    }

    double plotWidth() {
        return timeAxis.getWidth() > 0 ? timeAxis.getWidth() : getWidth();
    }

    private void configureAxes() {
        timeAxis.setTimeAxis(true);
        timeAxis.setAxisLabelFormatter(new UtcTimeFormatter());
        timeAxis.setAutoRanging(false);
        timeAxis.setAutoGrowRanging(false);
        timeAxis.setName(null);
        timeAxis.setUnit(null);
        priceAxis.setAxisLabelFormatter(new PriceFormatter());
        priceAxis.setAutoRanging(false);
        priceAxis.setAutoGrowRanging(false);
        priceAxis.setName(null);
        priceAxis.setUnit(null);
        priceAxis.setMinorTickCount(0);
    }

    private void apply() {
        OhlcvColumns c = dataSet.columns();
        if (c.isEmpty()) {
            visibleRange.set(VisibleRange.EMPTY);
            legend.setText(label);
            return;
        }
        int from = viewport.firstBar();
        int to = viewport.lastBar();
        double halfBar = barMillis / 2000.0;
        timeAxis.set(slotSeconds(c, viewport.first()) - halfBar, slotSeconds(c, viewport.last()) + halfBar);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            low = Math.min(low, c.low()[i]);
            high = Math.max(high, c.high()[i]);
        }
        if (!priceRanges.isEmpty()) {
            double[] lowHigh = {low, high};
            for (PriceRange range : priceRanges) {
                range.widen(c.openTime()[from], c.openTime()[to], lowHigh);
            }
            low = lowHigh[0];
            high = lowHigh[1];
        }
        double pad = Math.max((high - low) * PRICE_PADDING, Math.abs(high) * 1e-4);
        priceAxis.set(low - pad, high + pad);
        visibleRange.set(new VisibleRange(from, to, c.openTime()[from], c.openTime()[to], viewport.slots()));
        legend.setText(Legend.text(label, c, to));
    }

    /** Open time of a slot in epoch seconds; slots beyond the data continue at the bar spacing. */
    private double slotSeconds(OhlcvColumns c, int slot) {
        int n = c.size();
        if (slot < 0) {
            return (c.openTime()[0] + slot * barMillis) / 1000.0;
        }
        if (slot >= n) {
            return (c.openTime()[n - 1] + (long) (slot - n + 1) * barMillis) / 1000.0;
        }
        return c.openTime()[slot] / 1000.0;
    }
}
