package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

import java.time.format.DateTimeFormatter;

import java.text.NumberFormat;
import java.util.Locale;

import static dev.cryptotrader.app.ui.backtest.CostsSection.mnemonic;

/**
 * The form on the left of the panel: series, dates, strategy and its parameters (fields generated from the strategy's
 * parameter specs, with their allowed range beside them), costs and sizing, then Run (Enter) and Cancel (Esc) with
 * the progress bar, the status line and the error, which names the bad field and marks it.
 */
final class SetupPane {

    private final BacktestViewModel model;
    private final FieldRegistry fields;
    private final GridPane parameterGrid = new GridPane();
    private final Button run = new Button("_Run backtest");
    private final Button cancel = new Button("_Cancel");
    private final BorderPane root;

    SetupPane(BacktestViewModel model, FieldRegistry fields) {
        this.model = model;
        this.fields = fields;
        BacktestForm form = model.form();

        ComboBox<SeriesInfo> series = fields.register("series", new ComboBox<>(model.series()));
        series.valueProperty().bindBidirectional(form.series());
        series.setConverter(seriesText());
        series.setMaxWidth(Double.MAX_VALUE);
        DatePicker from = fields.register("from", new DatePicker());
        from.valueProperty().bindBidirectional(form.from());
        DatePicker to = fields.register("to", new DatePicker());
        to.valueProperty().bindBidirectional(form.to());
        for (DatePicker picker : new DatePicker[]{from, to}) {
            picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ISO_LOCAL_DATE)); // 2024-01-31 in every locale: dates are UTC days
            picker.setPrefWidth(150);
            picker.setMinWidth(150);
        }
        GridPane dates = new GridPane();
        dates.getStyleClass().add("backtest-grid");
        Label toLabel = mnemonic("To", to);
        dates.addRow(0, mnemonic("_From", from), from);
        dates.addRow(1, toLabel, to);
        Label utc = new Label("UTC days,\nboth included");
        utc.getStyleClass().add("backtest-hint");
        dates.add(utc, 2, 0, 1, 2);

        ComboBox<StrategySpec> strategy = fields.register("strategy", new ComboBox<>(model.strategies()));
        strategy.valueProperty().bindBidirectional(form.strategy());
        strategy.setMaxWidth(Double.MAX_VALUE);
        parameterGrid.getStyleClass().add("backtest-grid");
        form.parameters().addListener((ListChangeListener<ParameterField>) c -> rebuildParameters());
        TextArea rule = fields.register("rule", new TextArea());
        rule.textProperty().bindBidirectional(form.ruleJson());
        rule.setPromptText("{\"entry\": …, \"exit\": …}");
        rule.setPrefRowCount(8);
        rule.setWrapText(true);
        Label ruleLabel = mnemonic("_JSON rule", rule);
        VBox ruleBox = new VBox(4, ruleLabel, rule);
        ruleBox.visibleProperty().bind(form.strategy().map(StrategySpec::isJsonRule).orElse(false));
        ruleBox.managedProperty().bind(ruleBox.visibleProperty());

        VBox content = new VBox(6,
                BacktestView.section("Data"), mnemonic("_Series", series), series, dates,
                BacktestView.section("Strategy"), mnemonic("Strate_gy", strategy), strategy, parameterGrid, ruleBox,
                new CostsSection(form, model, fields).node());
        content.getStyleClass().add("backtest-setup");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("backtest-setup-scroll");
        Node actions = actions(); // below the scrolling form: Run, progress and errors always in sight
        root = new BorderPane(scroll);
        root.setBottom(actions);
        rebuildParameters();
    }

    Node node() {
        return root;
    }

    Button runButton() {
        return run;
    }

    private Node actions() {
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.runningProperty());
        run.setId("backtest-run");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setId("backtest-cancel");
        HBox buttons = new HBox(8, run, cancel);
        HBox.setHgrow(run, Priority.ALWAYS);
        run.setMaxWidth(Double.MAX_VALUE);

        ProgressBar progress = new ProgressBar();
        progress.setId("backtest-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("backtest-status");
        status.getStyleClass().add("backtest-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label error = new Label();
        error.setId("backtest-error");
        error.getStyleClass().add("backtest-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, error, buttons, progress, status);
        box.getStyleClass().add("backtest-actions");
        return box;
    }

    /** One row per parameter: name, value field, allowed range. */
    private void rebuildParameters() {
        parameterGrid.getChildren().clear();
        int row = 0;
        for (ParameterField p : model.form().parameters()) {
            TextField field = fields.register(p.fieldId(), CostsSection.number(""));
            field.textProperty().bindBidirectional(p.value());
            StrategySpec.ParameterSpec spec = p.spec();
            Label range = new Label(MetricFormat.parameter(spec.min()) + " – " + MetricFormat.parameter(spec.max())
                    + (spec.integer() ? ", whole" : ""));
            range.getStyleClass().add("backtest-hint");
            Label name = new Label(p.name());
            name.setLabelFor(field);
            if (!spec.description().isEmpty()) {
                field.setTooltip(new javafx.scene.control.Tooltip(spec.description()));
                name.setTooltip(new javafx.scene.control.Tooltip(spec.description()));
            }
            parameterGrid.addRow(row++, name, field, range);
        }
    }

    static StringConverter<SeriesInfo> seriesText() {
        return new StringConverter<>() {
            @Override
            public String toString(SeriesInfo s) {
                return s == null ? "" : s.key().instrument().symbol() + " " + s.key().timeframe().label() + " · "
                        + s.key().exchange().id() + " · "
                        + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(s.barCount()) + " bars";
            }

            @Override
            public SeriesInfo fromString(String text) {
                return null;
            }
        };
    }
}
