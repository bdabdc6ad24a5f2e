package dev.cryptotrader.app.ui.backtest;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Fees, spread, slippage, capital, sizing and shorting: the part of the form every run shares. */
final class CostsSection {

    private final VBox root;

    CostsSection(BacktestForm form, BacktestViewModel model, FieldRegistry fields) {
        GridPane costs = new GridPane();
        costs.getStyleClass().add("backtest-grid");
        addPair(costs, 0, 0, "_Maker fee", fields.register("maker-fee", number(form.makerFee().get())),
                form.makerFee());
        addPair(costs, 0, 2, "Ta_ker fee", fields.register("taker-fee", number(form.takerFee().get())),
                form.takerFee());
        addPair(costs, 1, 0, "Sprea_d", fields.register("spread", number("")), form.spread());
        addPair(costs, 1, 2, "S_lippage", fields.register("slippage", number("")), form.slippage());
        Label feeHint = new Label();
        feeHint.getStyleClass().add("backtest-hint");
        feeHint.textProperty().bind(model.feeHintProperty());
        feeHint.setWrapText(true);

        GridPane money = new GridPane();
        money.getStyleClass().add("backtest-grid");
        TextField capital = fields.register("capital", number(""));
        capital.setPrefColumnCount(9);
        addPair(money, 0, 0, "Ca_pital", capital, form.capital());
        ComboBox<SizingKind> sizing = fields.register("sizing", new ComboBox<>());
        sizing.getItems().setAll(SizingKind.values());
        sizing.valueProperty().bindBidirectional(form.sizing());
        sizing.setMaxWidth(Double.MAX_VALUE);
        Label sizingLabel = mnemonic("Si_zing", sizing);
        money.add(sizingLabel, 0, 1);
        money.add(sizing, 1, 1, 3, 1);
        TextField sizingValue = fields.register("sizing-value", number(""));
        Label unit = new Label();
        unit.getStyleClass().add("backtest-hint");
        unit.textProperty().bind(form.sizing().map(SizingKind::unit));
        addPair(money, 2, 0, "", sizingValue, form.sizingValue());
        money.add(unit, 2, 2);
        CheckBox shorting = fields.register("allow-short", new CheckBox("Allow s_horting"));
        shorting.selectedProperty().bindBidirectional(form.allowShort());

        root = new VBox(6, BacktestView.section("Costs (basis points)"), costs, feeHint,
                BacktestView.section("Capital and size"), money, shorting);
    }

    Node node() {
        return root;
    }

    private static void addPair(GridPane grid, int row, int column, String label, TextField field,
                                javafx.beans.property.StringProperty value) {
        field.textProperty().bindBidirectional(value);
        if (!label.isEmpty()) {
            grid.add(mnemonic(label, field), column, row);
        }
        grid.add(field, column + 1, row);
    }

    static Label mnemonic(String text, Node target) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE); // a label is never cut to "Ma…"; the field gives way
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    static TextField number(String text) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(5);
        f.getStyleClass().add("number-field");
        return f;
    }
}
