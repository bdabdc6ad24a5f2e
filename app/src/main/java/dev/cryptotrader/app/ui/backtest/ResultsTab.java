package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.equity.EquityChart;
import dev.cryptotrader.charting.markers.TradeMarkersPlugin;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.Trade;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * The latest run: the price chart with its entry and exit markers, the equity and drawdown chart below it, the metrics
 * table on the right, and the actions on the run (pin for comparison, export).
 */
final class ResultsTab {

    private final BacktestViewModel model;
    private final ExportChooser chooser;
    private final CandleChart price = new CandleChart();
    private final TradeMarkersPlugin markers = TradeMarkersPlugin.attach(price.xyChart());
    private final EquityChart equity = new EquityChart();
    private final MetricsTable metrics = new MetricsTable("Run a backtest (Enter) to see its metrics");
    private final Label title = new Label("No run yet");
    private final Label details = new Label();
    private final Label notes = new Label();
    private final Button showOnChart = new Button("Show on main chart");
    private final BorderPane root = new BorderPane();

    ResultsTab(BacktestViewModel model, ExportChooser chooser) {
        this.model = model;
        this.chooser = chooser;
        title.getStyleClass().add("backtest-run-title");
        title.setId("backtest-run-title");
        Button pin = new Button("Pin for comparison");
        pin.setId("backtest-pin");
        pin.setTooltip(new Tooltip("Keep this run on the Compare tab (Ctrl+P)"));
        pin.setOnAction(e -> model.pin());
        pin.disableProperty().bind(model.resultProperty().isNull());
        MenuButton export = new MenuButton("Export");
        export.setId("backtest-export");
        for (Exporter.Kind kind : Exporter.Kind.values()) {
            MenuItem item = new MenuItem(kind.title() + "…");
            item.setId("backtest-export-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> export(kind));
            export.getItems().add(item);
        }
        export.disableProperty().bind(model.resultProperty().isNull());
        showOnChart.setId("backtest-show-on-chart");
        showOnChart.setTooltip(new Tooltip("Mark this run's trades on the main window's chart"));
        showOnChart.disableProperty().bind(model.resultProperty().isNull());
        showOnChart.setVisible(false); // until the main window says where its chart is
        showOnChart.setManaged(false);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(showOnChart, pin, export)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // the long title gives way, not the buttons
        }
        title.setMinWidth(0);
        HBox bar = new HBox(8, title, gap, showOnChart, pin, export);
        bar.getStyleClass().add("backtest-toolbar");

        StackPane pricePane = new StackPane(price);
        pricePane.getStyleClass().add("backtest-price");
        SplitPane charts = new SplitPane(pricePane, equity);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.55);
        metrics.node().setId("backtest-metrics");
        details.setId("backtest-run-details");
        details.getStyleClass().add("backtest-run-details");
        details.setWrapText(true);
        notes.setId("backtest-run-notes");
        notes.getStyleClass().add("backtest-run-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(model.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        VBox side = new VBox(metrics.node(), notes, details);
        VBox.setVgrow(metrics.node(), Priority.ALWAYS);
        side.setMinWidth(300); // metric names and a value column without clipping
        side.setPrefWidth(310);
        SplitPane body = new SplitPane(charts, side);
        body.setDividerPositions(0.67);
        SplitPane.setResizableWithParent(side, false);
        root.setTop(bar);
        root.setCenter(body);
        model.resultProperty().addListener((obs, old, r) -> show(r));
    }

    Node node() {
        return root;
    }

    private void show(BacktestResult r) {
        if (r == null) {
            return;
        }
        title.setText(r.label() + "  ·  " + r.tape().name());
        price.setData(r.tape().name(), ResultCharts.columns(r.tape()));
        price.showLatest(r.tape().size());
        markers.setMarkers(ResultCharts.markers(r));
        equity.setCurves(List.of(ResultCharts.equity(r)));
        metrics.show(List.of(new MetricsTable.Run(r.label(), r.metrics())));
        details.setText(RunDetails.text(r));
    }

    /** Shows {@code trade} on the price chart with some bars of context on each side. */
    void focusTrade(Trade trade) {
        int n = price.barCount();
        if (n == 0) {
            return;
        }
        int from = Math.max(0, trade.entryIndex());
        int to = Math.min(n - 1, Math.max(from, trade.exitIndex()));
        int margin = Math.max(12, (to - from) / 2);
        price.showLatest(to - from + 1 + 2 * margin);
        price.pan(-(n - 1 - Math.min(n - 1, to + margin)));
    }

    /** Shows a "Show on main chart" button that hands the run to {@code action} (the main chart's markers). */
    void setOnShowOnChart(java.util.function.Consumer<BacktestResult> action) {
        showOnChart.setOnAction(e -> {
            BacktestResult r = model.resultProperty().get();
            if (r != null) {
                action.accept(r);
            }
        });
        showOnChart.setVisible(true);
        showOnChart.setManaged(true);
    }

    private void export(Exporter.Kind kind) {
        BacktestResult r = model.resultProperty().get();
        if (r == null) {
            return;
        }
        String id = r.label().contains("(") ? r.label().substring(0, r.label().indexOf('(')) : r.label();
        Path file = chooser.choose(kind, kind.suggestedName(id), root.getScene().getWindow());
        if (file != null) {
            model.export(kind, file);
        }
    }

    CandleChart priceChart() {
        return price;
    }

    TradeMarkersPlugin markers() {
        return markers;
    }

    EquityChart equityChart() {
        return equity;
    }

    MetricsTable metricsTable() {
        return metrics;
    }
}
