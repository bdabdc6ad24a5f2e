package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.overlay.IndicatorSubpane;
import dev.cryptotrader.charting.overlay.OverlayContent;
import dev.cryptotrader.charting.overlay.OverlayLegend;
import dev.cryptotrader.charting.overlay.OverlayLegendPlugin;
import dev.cryptotrader.charting.PriceRange;
import dev.cryptotrader.charting.overlay.OverlayRenderer;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorLine;
import dev.cryptotrader.trading.indicators.IndicatorPane;
import dev.cryptotrader.trading.indicators.IndicatorResult;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Indicator overlays on the main chart: moving averages and Bollinger Bands drawn on the candles (an
 * {@link OverlayRenderer} plus a legend plugin, present only while a price overlay is on), and a synced
 * {@link IndicatorSubpane} per oscillator under the price chart. Values are computed in the background
 * ({@link IndicatorComputer}) whenever the bars or the chosen indicators change, and placed by the times of the bars
 * they were computed for, so a newer load never shows values at the wrong bars. Keys, the menu, the parameters dialog
 * and the crosshair readout come from here too. FX thread only.
 */
public final class IndicatorOverlays {

    private final ChartView view;
    private final CandleChart chart;
    private final ChartViewModel chartModel;
    private final IndicatorsViewModel model;
    private final IndicatorComputer computer;
    private final OverlayRenderer priceRenderer = new OverlayRenderer();
    private final PriceRange priceRange = (from, to, lowHigh) -> priceRenderer.content().widen(from, to, lowHigh);
    private final OverlayLegendPlugin priceLegend = new OverlayLegendPlugin();
    private final Map<IndicatorSpec, IndicatorSubpane> subpanes = new LinkedHashMap<>();
    private IndicatorComputer.Computed shown = IndicatorComputer.Computed.NONE;
    private SeriesKey shownSeries;
    private boolean started;

    public IndicatorOverlays(ChartView view, ChartViewModel chartModel, FxBridge bridge,
                             Supplier<ChartLayoutStore> layouts) {
        this.view = view;
        this.chart = view.chart();
        this.chartModel = chartModel;
        this.model = new IndicatorsViewModel(layouts, bridge, IndicatorsViewModel.DEFAULT_LAYOUT);
        this.computer = new IndicatorComputer(bridge, this::show);
        priceRenderer.getStyleClass().add("indicator-price-overlay");
        model.active().addListener((ListChangeListener<IndicatorSpec>) c -> activeChanged());
        chartModel.dataProperty().addListener((obs, old, data) -> dataChanged(data));
        chart.visibleRangeProperty().addListener((obs, old, range) -> updateLegends());
        IndicatorCommands.register(view.commands(), model, this::openEditor);
    }

    /**
     * Restores the stored indicators once the chart has first drawn candles (so the first paint never waits for
     * them), or at once if it already has.
     */
    public void start() {
        if (chart.paintCountProperty().get() > 0) {
            startNow();
        } else {
            chart.paintCountProperty().addListener((obs, old, count) -> startNow());
        }
    }

    private void startNow() {
        if (!started) {
            started = true;
            model.restore();
        }
    }

    /** The "Indicators" menu for the menu bar. */
    public Menu menu() {
        return IndicatorMenu.create(model, this::openEditor);
    }

    public IndicatorsViewModel model() {
        return model;
    }

    /** Opens the parameters dialog; {@code focus} (may be null) is the indicator whose first field gets the focus. */
    public IndicatorDialog openEditor(IndicatorSpec focus) {
        Window owner = chart.getScene() == null ? null : chart.getScene().getWindow();
        IndicatorDialog dialog = new IndicatorDialog(model, focus);
        dialog.show(owner);
        return dialog;
    }

    private void activeChanged() {
        syncViews();
        requestCompute();
    }

    private void dataChanged(ChartData data) {
        if (data == null) {
            return;
        }
        if (!data.series().key().equals(shownSeries)) {
            // Another series: the old values must not stay over its candles while the new ones compute.
            shownSeries = data.series().key();
            computer.reset();
            show(IndicatorComputer.Computed.NONE);
        }
        requestCompute();
    }

    private void requestCompute() {
        ChartData data = chartModel.data();
        if (data != null && !model.active().isEmpty()) {
            computer.request(data.columns(), model.active());
        }
    }

    /** Adds the renderer, legend and subpanes the active indicators need and removes those they no longer need. */
    private void syncViews() {
        boolean anyOnPrice = model.active().stream().anyMatch(s -> s.pane() == IndicatorPane.PRICE);
        var renderers = chart.xyChart().getRenderers();
        if (anyOnPrice && !renderers.contains(priceRenderer)) {
            renderers.add(priceRenderer);
            chart.xyChart().getPlugins().add(priceLegend);
            chart.addPriceRange(priceRange);
        } else if (!anyOnPrice && renderers.contains(priceRenderer)) {
            renderers.remove(priceRenderer);
            chart.xyChart().getPlugins().remove(priceLegend);
            chart.removePriceRange(priceRange);
        }
        List<IndicatorSpec> wanted = model.active().stream().filter(s -> s.pane() == IndicatorPane.SUBPANE).toList();
        for (IndicatorSpec spec : List.copyOf(subpanes.keySet())) {
            if (!wanted.contains(spec)) {
                view.panes().getChildren().remove(subpanes.remove(spec));
            }
        }
        for (IndicatorSpec spec : wanted) {
            subpanes.computeIfAbsent(spec, this::newSubpane);
        }
        // Subpanes in the order the indicators were added, after whatever else the column holds.
        view.panes().getChildren().removeAll(subpanes.values());
        view.panes().getChildren().addAll(subpanes.values());
        show(shown);
    }

    private IndicatorSubpane newSubpane(IndicatorSpec spec) {
        IndicatorSubpane pane = new IndicatorSubpane(chart);
        pane.setId("indicator-" + spec.kind().textName());
        pane.getProperties().put(IndicatorSpec.class, spec);
        if (spec.kind() == IndicatorKind.RSI || spec.kind() == IndicatorKind.STOCHASTIC) {
            pane.setFixedRange(0, 100);
        }
        return pane;
    }

    /** Puts computed values on screen: whatever of {@code computed} the active indicators use. */
    private void show(IndicatorComputer.Computed computed) {
        shown = computed;
        OhlcvColumns columns = computed.columns();
        List<IndicatorResult> onPrice = new ArrayList<>();
        List<int[]> priceColours = new ArrayList<>();
        for (IndicatorSpec spec : model.active()) {
            IndicatorResult result = computed.results().get(spec);
            if (spec.pane() == IndicatorPane.PRICE && result != null) {
                onPrice.add(result);
                priceColours.add(colours(spec));
            }
        }
        priceRenderer.setContent(IndicatorStyle.content(columns, onPrice, priceColours, List.of()));
        chart.refit(); // bands may reach past the candles: the price axis fits them too
        subpanes.forEach((spec, pane) -> {
            IndicatorResult result = computed.results().get(spec);
            pane.setContent(result == null
                    ? new OverlayContent(new long[0], 0, List.of(), List.of(), null, spec.referenceLevels())
                    : IndicatorStyle.content(columns, List.of(result), List.<int[]>of(colours(spec)),
                    spec.referenceLevels()));
        });
        updateLegends();
    }

    private int[] colours(IndicatorSpec spec) {
        List<IndicatorSpec> onPrice = model.active().stream().filter(s -> s.pane() == IndicatorPane.PRICE).toList();
        return IndicatorStyle.colours(spec, Math.max(0, onPrice.indexOf(spec)));
    }

    /** Legends show the values at the newest bar in view. */
    private void updateLegends() {
        int bar = chart.visibleRange().lastBar();
        int index = computedIndex(bar);
        List<OverlayLegend.Item> price = new ArrayList<>();
        for (IndicatorSpec spec : model.active()) {
            Optional<IndicatorResult> result = Optional.ofNullable(shown.results().get(spec));
            List<OverlayLegend.Item> items = result.map(r -> IndicatorStyle.legend(r, colours(spec), index))
                    .orElseGet(() -> List.of(new OverlayLegend.Item(spec.label(), OverlayLegend.TITLE)));
            if (spec.pane() == IndicatorPane.PRICE) {
                price.addAll(items);
            } else if (subpanes.containsKey(spec)) {
                subpanes.get(spec).setTitle(items);
            }
        }
        priceLegend.legend().show(price);
    }

    /** The index in the computed values of chart bar {@code bar}, or -1 if they have no value for it. */
    private int computedIndex(int bar) {
        OhlcvColumns onScreen = chart.columns();
        OhlcvColumns computed = shown.columns();
        if (bar < 0 || bar >= onScreen.size() || computed.isEmpty()) {
            return -1;
        }
        long time = onScreen.openTime()[bar];
        int i = computed.indexAtOrAfter(time);
        return i < computed.size() && computed.openTime()[i] == time ? i : -1;
    }

    /** The crosshair readout's source: every active indicator's values at a bar. */
    public ReadoutSource readout() {
        return bar -> {
            int index = computedIndex(bar);
            List<ReadoutSource.Item> items = new ArrayList<>();
            for (IndicatorSpec spec : model.active()) {
                IndicatorResult result = shown.results().get(spec);
                if (result == null) {
                    continue;
                }
                for (IndicatorLine line : result.lines()) {
                    double v = index >= 0 && index < line.size() ? line.value(index) : Double.NaN;
                    items.add(new ReadoutSource.Item(IndicatorStyle.readoutLabel(spec, line),
                            IndicatorStyle.format(v)));
                }
            }
            return items;
        };
    }

    /** The price-pane overlay renderer (tests, screenshots). */
    public OverlayRenderer priceRenderer() {
        return priceRenderer;
    }

    public OverlayLegend priceLegend() {
        return priceLegend.legend();
    }

    /** The subpanes on screen, by indicator, in display order. */
    public Map<IndicatorSpec, IndicatorSubpane> subpanes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(subpanes));
    }

    /** The values on screen. */
    public Map<IndicatorSpec, IndicatorResult> shownResults() {
        return shown.results();
    }

    /** How many background computes ran (tests). */
    int computes() {
        return computer.computes();
    }
}
