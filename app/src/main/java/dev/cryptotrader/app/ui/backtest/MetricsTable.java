package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.metrics.Metrics;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/**
 * All metrics of one or more runs: a row per metric, a column per run. With several runs the best value of each row
 * is marked {@code :best}, so a comparison reads at a glance.
 */
final class MetricsTable {

    private static final PseudoClass BEST = PseudoClass.getPseudoClass("best");

    /** A run's name and metrics. */
    record Run(String name, Metrics metrics) {
    }

    private final TableView<MetricColumn> table = new TableView<>();
    private List<Run> runs = List.of();

    MetricsTable(String placeholder) {
        table.getStyleClass().add("metrics-table");
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.widthProperty().addListener((obs, old, w) -> shareWidth());
        table.getStyleClass().add("dense");
        table.setFixedCellSize(26);
        table.setSortPolicy(t -> false); // metrics keep their order
    }

    TableView<MetricColumn> node() {
        return table;
    }

    void show(List<Run> newRuns) {
        runs = List.copyOf(newRuns);
        TableColumn<MetricColumn, String> names = new TableColumn<>("Metric");
        names.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().title()));
        names.setSortable(false);
        names.setPrefWidth(175);
        names.setMinWidth(175); // "Longest drawdown (bars)" whole
        names.setMaxWidth(220);
        table.getColumns().setAll(names);
        for (int i = 0; i < runs.size(); i++) {
            table.getColumns().add(runColumn(i));
        }
        table.getItems().setAll(runs.isEmpty() ? List.of() : List.of(MetricColumn.values()));
        shareWidth();
    }

    /** The run columns share what the metric names leave of the table's width, evenly. */
    private void shareWidth() {
        var columns = table.getColumns();
        if (columns.size() < 2 || table.getWidth() <= 0) {
            return;
        }
        double names = columns.getFirst().getWidth();
        double each = Math.max(96, Math.floor((table.getWidth() - names - 18) / (columns.size() - 1)));
        for (int i = 1; i < columns.size(); i++) {
            columns.get(i).setPrefWidth(each);
        }
    }

    List<Run> runs() {
        return runs;
    }

    /** The text shown for {@code metric} of run {@code run} (for tests). */
    String text(MetricColumn metric, int run) {
        return metric.format(runs.get(run).metrics());
    }

    private TableColumn<MetricColumn, String> runColumn(int index) {
        Run run = runs.get(index);
        TableColumn<MetricColumn, String> c = new TableColumn<>();
        if (runs.size() == 1) {
            c.setText("Value"); // the run's name is in the title above
        } else {
            // The run's name in its curve colour, on two lines if need be: the parameters are what tell runs apart.
            Label header = new Label("■ " + shortName(index));
            header.setMinWidth(0);
            header.prefWidthProperty().bind(c.widthProperty().subtract(14)); // cut to its column, never wider
            header.setTooltip(new javafx.scene.control.Tooltip(run.name()));
            header.getStyleClass().addAll("metrics-run-header", "equity-curve-" + index % 8);
            c.setGraphic(header);
        }
        c.setSortable(false);
        c.setMinWidth(90);
        c.setPrefWidth(110);
        c.getStyleClass().add("number-column");
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().format(run.metrics())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                MetricColumn metric = empty ? null : getTableRow().getItem();
                pseudoClassStateChanged(BEST, metric != null && runs.size() > 1 && isBest(metric, index));
            }
        });
        return c;
    }

    /**
     * A run's name without what all runs share: {@code fast=6, slow=40} when every run is an {@code sma-cross(…)};
     * the whole label otherwise.
     */
    String shortName(int index) {
        String name = runs.get(index).name();
        int open = name.indexOf('(');
        if (open < 0 || !name.endsWith(")")) {
            return name;
        }
        String prefix = name.substring(0, open + 1);
        boolean shared = runs.stream().allMatch(r -> r.name().startsWith(prefix) && r.name().endsWith(")"));
        return shared ? name.substring(open + 1, name.length() - 1) : name;
    }

    private boolean isBest(MetricColumn metric, int index) {
        double mine = metric.value(runs.get(index).metrics());
        if (Double.isNaN(mine) || metric == MetricColumn.TRADES || metric == MetricColumn.EXPOSURE
                || metric == MetricColumn.BUY_AND_HOLD_RETURN) {
            return false; // more trades or exposure is not better; buy & hold is the same market for all
        }
        for (int i = 0; i < runs.size(); i++) {
            if (i != index && metric.better(metric.value(runs.get(i).metrics()), mine)) {
                return false;
            }
        }
        return true;
    }
}
