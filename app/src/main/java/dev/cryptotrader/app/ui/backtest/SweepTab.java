package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.heatmap.HeatMap;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.cryptotrader.app.ui.backtest.CostsSection.mnemonic;

/**
 * Parameter sweeps: the ranges and Run sweep on top; below, every combination in a sortable table (parameters and all
 * metrics) and a heat map of any two parameters against any metric. Activating a heat-map cell, or a table row (double
 * click or Enter), loads its parameters into the form, ready to run.
 */
final class SweepTab {

    private final BacktestViewModel model;
    private final TableView<SweepView.Row> table = new TableView<>();
    private final HeatMap heatMap = new HeatMap();
    private final ComboBox<String> xParameter = new ComboBox<>();
    private final ComboBox<String> yParameter = new ComboBox<>();
    private final ComboBox<MetricColumn> metric = new ComboBox<>();
    private final BorderPane root = new BorderPane();
    private SweepGrid grid;

    SweepTab(BacktestViewModel model, FieldRegistry fields) {
        this.model = model;
        SweepRanges ranges = new SweepRanges(model.form(), fields);
        Button run = new Button("R_un sweep");
        run.setId("backtest-run-sweep");
        run.setOnAction(e -> model.runSweep());
        run.disableProperty().bind(model.runningProperty());
        HBox runRow = new HBox(10, run, ranges.total());
        runRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(6, ranges.node(), runRow);
        top.getStyleClass().add("backtest-toolbar");

        table.setId("backtest-sweep-table");
        Columns.compact(table);
        table.setPlaceholder(new Label("No sweep yet: set ranges above and run it"));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                loadSelectedRow();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                loadSelectedRow();
                e.consume();
            }
        });
        heatMap.setId("backtest-heatmap");
        heatMap.setOnCellActivated(cell -> {
            SweepView.Row row = grid == null ? null : grid.row(cell);
            if (row != null) {
                model.loadParameters(row.parameters());
            }
        });
        xParameter.setId("backtest-heatmap-x");
        yParameter.setId("backtest-heatmap-y");
        metric.setId("backtest-heatmap-metric");
        metric.getItems().setAll(MetricColumn.values());
        metric.setValue(MetricColumn.SHARPE);
        for (ComboBox<?> c : List.of(xParameter, yParameter, metric)) {
            c.valueProperty().addListener((obs, old, v) -> redraw());
        }
        metric.valueProperty().addListener((obs, old, m) -> sortBy(m));
        metric.setPrefWidth(170);
        FlowPane choices = new FlowPane(8, 6, mnemonic("_X", xParameter), xParameter, mnemonic("_Y", yParameter),
                yParameter, mnemonic("Col_our by", metric), metric);
        VBox mapBox = new VBox(6, choices, heatMap);
        VBox.setVgrow(heatMap, Priority.ALWAYS);
        mapBox.getStyleClass().add("backtest-heatmap-box");
        SplitPane body = new SplitPane(table, mapBox);
        body.setDividerPositions(0.45);
        root.setTop(top);
        root.setCenter(body);
        model.sweepProperty().addListener((obs, old, sweep) -> show(sweep));
    }

    Node node() {
        return root;
    }

    HeatMap heatMap() {
        return heatMap;
    }

    TableView<SweepView.Row> table() {
        return table;
    }

    ComboBox<MetricColumn> metricChoice() {
        return metric;
    }

    private void show(SweepView sweep) {
        if (sweep == null) {
            return;
        }
        Set<String> names = new LinkedHashSet<>(sweep.parameters()); // the ones that vary: the rest are in the form
        if (names.isEmpty()) {
            sweep.rows().stream().findFirst().ifPresent(r -> names.addAll(r.parameters().keySet()));
        }
        List<String> all = new ArrayList<>(names);
        List<TableColumn<SweepView.Row, ?>> columns = new ArrayList<>();
        for (String name : all) {
            columns.add(Columns.number(name, r -> r.parameter(name), MetricFormat::parameter, false));
        }
        for (MetricColumn m : MetricColumn.values()) {
            boolean signed = m == MetricColumn.NET_PROFIT || m == MetricColumn.TOTAL_RETURN || m == MetricColumn.SHARPE;
            TableColumn<SweepView.Row, Double> c = Columns.number(m.title(), r -> m.value(r.metrics()), m::format,
                    signed);
            c.setUserData(m);
            columns.add(c);
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(sweep.rows());
        sortBy(metric.getValue());
        xParameter.getItems().setAll(all);
        yParameter.getItems().setAll(all);
        xParameter.setValue(all.isEmpty() ? null : all.getFirst());
        yParameter.setValue(all.size() > 1 ? all.get(1) : xParameter.getValue());
        redraw();
    }

    /** Best first by {@code m}, whose column moves next to the parameters so the order is visible. */
    private void sortBy(MetricColumn m) {
        List<TableColumn<SweepView.Row, ?>> columns = new ArrayList<>(table.getColumns());
        TableColumn<SweepView.Row, ?> chosen = columns.stream().filter(c -> c.getUserData() == m).findFirst()
                .orElse(null);
        if (chosen != null) {
            columns.remove(chosen);
            int firstMetric = (int) columns.stream().filter(c -> c.getUserData() == null).count();
            columns.add(firstMetric, chosen);
            table.getColumns().setAll(columns);
        }
        for (TableColumn<SweepView.Row, ?> c : table.getColumns()) {
            if (c.getUserData() == m) {
                boolean higher = table.getItems().isEmpty() || m.higherIsBetter(m.value(table.getItems().getFirst()
                        .metrics()));
                c.setSortType(higher ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(c));
                table.sort();
            }
        }
    }

    private void redraw() {
        SweepView sweep = model.sweepProperty().get();
        if (sweep == null || xParameter.getValue() == null || yParameter.getValue() == null
                || metric.getValue() == null) {
            heatMap.setData(null);
            grid = null;
            return;
        }
        grid = SweepGrid.of(sweep, xParameter.getValue(), yParameter.getValue(), metric.getValue());
        heatMap.setData(grid.data());
    }

    private void loadSelectedRow() {
        SweepView.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.loadParameters(row.parameters());
        }
    }
}
