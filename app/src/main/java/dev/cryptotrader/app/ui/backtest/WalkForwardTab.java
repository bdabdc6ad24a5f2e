package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.equity.EquityChart;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static dev.cryptotrader.app.ui.backtest.CostsSection.mnemonic;

/**
 * Walk-forward: fold settings, the out-of-sample / in-sample ratio as a coloured verdict (the overfitting signal), a
 * table of the folds in and out of sample, and the stitched out-of-sample equity.
 */
final class WalkForwardTab {

    /** At or above: the edge holds up out of sample. */
    static final double GOOD_RATIO = 0.7;
    /** Below: most of the in-sample edge is gone, a sign of overfitting. */
    static final double POOR_RATIO = 0.4;

    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass POOR = PseudoClass.getPseudoClass("poor");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yy-MM-dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final TableView<WalkForwardView.Fold> folds = new TableView<>();
    private final EquityChart equity = new EquityChart();
    private final Label ratio = new Label("Run a walk-forward to see how the strategy holds up out of sample");
    private final BorderPane root = new BorderPane();

    WalkForwardTab(BacktestViewModel model, FieldRegistry fields) {
        BacktestForm form = model.form();
        TextField train = length(fields, "train", form.trainLength());
        TextField test = length(fields, "test", form.testLength());
        TextField step = length(fields, "step", form.stepLength());
        CheckBox anchored = fields.register("anchored", new CheckBox("_Anchored"));
        anchored.selectedProperty().bindBidirectional(form.anchored());
        CheckBox optimise = fields.register("optimise", new CheckBox("Opt_imise on each train fold"));
        optimise.selectedProperty().bindBidirectional(form.optimise());
        ComboBox<MetricColumn> objective = fields.register("objective", new ComboBox<>());
        objective.getItems().setAll(MetricColumn.values());
        objective.valueProperty().bindBidirectional(form.objective());
        objective.disableProperty().bind(optimise.selectedProperty().not());
        Button run = new Button("Run _walk-forward");
        run.setId("backtest-run-walkforward");
        run.setOnAction(e -> model.runWalkForward());
        run.disableProperty().bind(model.runningProperty());
        FlowPane settings = new FlowPane(8, 6, mnemonic("Trai_n", train), train, mnemonic("_Test", test), test,
                mnemonic("St_ep", step), step, anchored, optimise, mnemonic("O_bjective", objective), objective, run);
        Label hint = new Label("Lengths in bars (500) or time (90d, 12w, 36h). Optimising sweeps the ranges set on "
                + "the Sweep tab over each train fold and tests the best.");
        hint.getStyleClass().add("backtest-hint");
        hint.setWrapText(true);
        ratio.setId("backtest-oos-ratio");
        ratio.getStyleClass().add("backtest-verdict");
        ratio.setWrapText(true);
        VBox top = new VBox(6, settings, hint, ratio);
        top.getStyleClass().add("backtest-toolbar");

        folds.setId("backtest-folds");
        Columns.compact(folds);
        folds.setPlaceholder(new Label("No folds yet"));
        folds.getColumns().setAll(columns());
        SplitPane body = new SplitPane(folds, equity);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.45);
        root.setTop(top);
        root.setCenter(body);
        model.walkForwardProperty().addListener((obs, old, view) -> show(view));
    }

    Node node() {
        return root;
    }

    Label ratioLabel() {
        return ratio;
    }

    private void show(WalkForwardView view) {
        if (view == null) {
            return;
        }
        folds.getItems().setAll(view.folds());
        equity.setCurves(List.of(ResultCharts.stitched(view)));
        double r = view.oosIsRatio();
        String verdict = Double.isNaN(r) ? "undefined (no in-sample edge to compare with)"
                : r >= GOOD_RATIO ? "holds up out of sample"
                : r >= POOR_RATIO ? "a good part of the edge is lost out of sample"
                : "most of the in-sample edge is gone: likely overfit";
        ratio.setText("Out-of-sample / in-sample " + view.ratioMetric() + ": "
                + MetricFormat.format(MetricFormat.Kind.RATIO, r) + "  —  " + verdict);
        ratio.pseudoClassStateChanged(GOOD, r >= GOOD_RATIO);
        ratio.pseudoClassStateChanged(WARNING, r >= POOR_RATIO && r < GOOD_RATIO);
        ratio.pseudoClassStateChanged(POOR, r < POOR_RATIO);
    }

    private static List<TableColumn<WalkForwardView.Fold, ?>> columns() {
        TableColumn<WalkForwardView.Fold, Double> number = Columns.number("#", f -> (double) f.number(),
                v -> Long.toString(v.longValue()), false);
        number.setPrefWidth(36);
        TableColumn<WalkForwardView.Fold, String> span = Columns.text("Train ▸ test ▸ end (UTC)", f -> span(f));
        TableColumn<WalkForwardView.Fold, String> parameters = Columns.text("Parameters", f -> parameters(f));
        span.setPrefWidth(250);
        parameters.setPrefWidth(140);
        // Two-line headers keep the seven metric columns narrow enough to fit beside the dates.
        return List.of(number, span, parameters,
                metric("IS\nreturn", MetricColumn.TOTAL_RETURN, WalkForwardView.Fold::inSample),
                metric("OOS\nreturn", MetricColumn.TOTAL_RETURN, WalkForwardView.Fold::outOfSample),
                metric("IS\nSharpe", MetricColumn.SHARPE, WalkForwardView.Fold::inSample),
                metric("OOS\nSharpe", MetricColumn.SHARPE, WalkForwardView.Fold::outOfSample),
                metric("IS\nmax DD", MetricColumn.MAX_DRAWDOWN, WalkForwardView.Fold::inSample),
                metric("OOS\nmax DD", MetricColumn.MAX_DRAWDOWN, WalkForwardView.Fold::outOfSample),
                metric("OOS\ntrades", MetricColumn.TRADES, WalkForwardView.Fold::outOfSample));
    }

    private static TableColumn<WalkForwardView.Fold, Double> metric(String title, MetricColumn metric,
            Function<WalkForwardView.Fold, dev.cryptotrader.trading.backtest.metrics.Metrics> side) {
        boolean signed = metric == MetricColumn.TOTAL_RETURN || metric == MetricColumn.SHARPE;
        TableColumn<WalkForwardView.Fold, Double> c = Columns.number(title, f -> metric.value(side.apply(f)),
                metric::format, signed);
        c.setPrefWidth(title.contains("DD") ? 78 : title.contains("trades") ? 60
                : title.contains("Sharpe") ? 74 : 70);
        return c;
    }

    /** {@code 24-01-01 ▸ 24-02-20 ▸ 24-03-01}: train start, test start, test end (and the train end, if apart). */
    private static String span(WalkForwardView.Fold f) {
        String trainEnd = f.trainTo() == f.testFrom() ? "" : " – " + day(f.trainTo());
        return day(f.trainFrom()) + trainEnd + " ▸ " + day(f.testFrom()) + " ▸ " + day(f.testTo());
    }

    private static String day(long millis) {
        return DAY.format(Instant.ofEpochMilli(millis));
    }

    private static String parameters(WalkForwardView.Fold f) {
        StringBuilder b = new StringBuilder();
        f.parameters().forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append('=')
                .append(MetricFormat.parameter(v)));
        return b.toString();
    }

    private static TextField length(FieldRegistry fields, String id, javafx.beans.property.StringProperty value) {
        TextField f = fields.register(id, CostsSection.number(""));
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
