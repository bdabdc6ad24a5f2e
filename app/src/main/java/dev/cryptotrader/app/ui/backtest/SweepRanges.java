package dev.cryptotrader.app.ui.backtest;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sweep's grid, one row per strategy parameter: from, to and step (a parameter whose from equals its to stays
 * fixed), and how many values that gives; below, how many combinations the whole grid runs.
 */
final class SweepRanges {

    private final BacktestForm form;
    private final FieldRegistry fields;
    private final GridPane grid = new GridPane();
    private final Label total = new Label();

    SweepRanges(BacktestForm form, FieldRegistry fields) {
        this.form = form;
        this.fields = fields;
        grid.getStyleClass().add("backtest-grid");
        total.setId("backtest-sweep-combinations");
        total.getStyleClass().add("backtest-hint");
        form.parameters().addListener((ListChangeListener<ParameterField>) c -> rebuild());
        rebuild();
    }

    Node node() {
        return grid;
    }

    Label total() {
        return total;
    }

    private void rebuild() {
        grid.getChildren().clear();
        if (form.parameters().isEmpty()) {
            grid.add(new Label("This strategy has no parameters to sweep"), 0, 0);
            total.textProperty().unbind();
            total.setText("");
            return;
        }
        grid.addRow(0, header("Parameter"), header("From"), header("To"), header("Step"), header("Values"));
        int row = 1;
        List<javafx.beans.Observable> all = new ArrayList<>();
        for (ParameterField p : form.parameters()) {
            TextField from = field("sweep-from-" + p.name(), p.sweepFrom());
            TextField to = field("sweep-to-" + p.name(), p.sweepTo());
            TextField step = field("sweep-step-" + p.name(), p.sweepStep());
            Label count = new Label();
            count.textProperty().bind(Bindings.createStringBinding(() -> countText(p), p.sweepFrom(), p.sweepTo(),
                    p.sweepStep()));
            grid.addRow(row++, new Label(p.name()), from, to, step, count);
            all.addAll(List.of(p.sweepFrom(), p.sweepTo(), p.sweepStep()));
        }
        total.textProperty().bind(Bindings.createStringBinding(this::totalText,
                all.toArray(javafx.beans.Observable[]::new)));
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = fields.register(id, CostsSection.number(""));
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("backtest-grid-header");
        return l;
    }

    /** Values of one range, or "?" while the texts do not read. */
    private static long count(ParameterField p) {
        try {
            double from = FormReader.number("", "", p.sweepFrom().get());
            double to = FormReader.number("", "", p.sweepTo().get());
            double step = FormReader.number("", "", p.sweepStep().get());
            return new ParameterRange(p.name(), from, to, step).count();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String countText(ParameterField p) {
        long n = count(p);
        return n < 0 ? "?" : Long.toString(n);
    }

    private String totalText() {
        long combinations = 1;
        for (ParameterField p : form.parameters()) {
            long n = count(p);
            if (n < 0) {
                return "Fix the ranges marked ? to see how many runs the sweep takes";
            }
            combinations *= n;
        }
        return String.format(Locale.ENGLISH, "%,d combinations", combinations);
    }
}
