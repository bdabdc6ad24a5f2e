package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.equity.EquityChart;
import dev.cryptotrader.trading.backtest.BacktestResult;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The pinned runs side by side: a chip per run in its curve colour (✕ unpins it), their metrics in one table with a
 * column per run and the best value of each row marked, and their equity curves overlaid.
 */
final class CompareTab {

    private final BacktestViewModel model;
    private final MetricsTable metrics = new MetricsTable("Pin runs on the Results tab (Ctrl+P) to compare them here");
    private final EquityChart equity = new EquityChart();
    private final FlowPane chips = new FlowPane(6, 6);
    private final BorderPane root = new BorderPane();

    CompareTab(BacktestViewModel model) {
        this.model = model;
        Button clear = new Button("Unpin all");
        clear.setId("backtest-unpin-all");
        clear.setOnAction(e -> model.clearPinned());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.pinned()));
        chips.setPrefWrapLength(600);
        chips.setMinWidth(0);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, chips, clear);
        HBox.setHgrow(chips, javafx.scene.layout.Priority.ALWAYS);
        bar.getStyleClass().add("backtest-toolbar");
        metrics.node().setId("backtest-compare-metrics");
        SplitPane body = new SplitPane(metrics.node(), equity);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.5);
        root.setTop(bar);
        root.setCenter(body);
        model.pinned().addListener((ListChangeListener<BacktestResult>) c -> refresh());
        refresh();
    }

    Node node() {
        return root;
    }

    MetricsTable metricsTable() {
        return metrics;
    }

    EquityChart equityChart() {
        return equity;
    }

    private void refresh() {
        var runs = model.pinned();
        metrics.show(runs.stream().map(r -> new MetricsTable.Run(r.label(), r.metrics())).toList());
        equity.setCurves(runs.stream().map(ResultCharts::equity).toList());
        chips.getChildren().clear();
        if (runs.isEmpty()) {
            Label hint = new Label("No runs pinned yet");
            hint.getStyleClass().add("backtest-hint");
            chips.getChildren().add(hint);
        }
        for (int i = 0; i < runs.size(); i++) {
            BacktestResult r = runs.get(i);
            Label name = new Label("■ " + r.label());
            name.getStyleClass().addAll("backtest-chip-name", "equity-curve-" + i % 8);
            Button unpin = new Button("✕");
            unpin.getStyleClass().add("backtest-chip-close");
            unpin.setTooltip(new Tooltip("Unpin " + r.label()));
            unpin.setOnAction(e -> model.unpin(r));
            HBox chip = new HBox(4, name, unpin);
            chip.getStyleClass().add("backtest-chip");
            chips.getChildren().add(chip);
        }
    }
}
