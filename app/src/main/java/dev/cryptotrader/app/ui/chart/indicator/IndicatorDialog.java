package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edits the indicators on the chart: a row per indicator with a field per parameter (named by its prompt), a remove
 * button, and a kind picker to add one (a second SMA, say). OK applies all rows at once; if a field is wrong the dialog
 * stays open, says which field and why, and nothing changes.
 */
public final class IndicatorDialog {

    private final IndicatorsViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox rowsBox = new VBox(6);
    private final List<RowView> rows = new ArrayList<>();
    private final Label error = new Label();
    private final TextField focusField;

    /** One indicator's row: its kind and parameter fields. */
    private record RowView(IndicatorKind kind, List<TextField> fields, HBox node) {
        IndicatorForm.Row read() {
            return new IndicatorForm.Row(kind, fields.stream().map(TextField::getText).toList());
        }
    }

    IndicatorDialog(IndicatorsViewModel model, IndicatorSpec focus) {
        this.model = model;
        dialog.setTitle("Indicators");
        dialog.setHeaderText("Indicators on the chart and their parameters");
        dialog.initModality(Modality.NONE);
        TextField first = null;
        for (IndicatorSpec spec : model.active()) {
            RowView row = addRow(spec.kind(), List.of(spec.arguments().split(",")));
            if (spec.equals(focus) || first == null && focus == null) {
                first = row.fields().getFirst();
            }
        }
        focusField = first;

        ComboBox<IndicatorKind> kind = new ComboBox<>();
        kind.setId("indicator-dialog-kind");
        kind.getItems().setAll(IndicatorKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorKind k) {
                return k == null ? "" : k.fullName();
            }

            @Override
            public IndicatorKind fromString(String s) {
                return null;
            }
        });
        kind.getSelectionModel().selectFirst();
        Button add = new Button("Add");
        add.setId("indicator-dialog-add");
        add.setOnAction(e -> {
            IndicatorKind k = kind.getValue();
            RowView row = addRow(k, List.of(k.defaultSpec().arguments().split(",")));
            row.fields().getFirst().requestFocus();
        });
        HBox adder = new HBox(8, kind, add);
        adder.setAlignment(Pos.CENTER_LEFT);

        error.setId("indicator-dialog-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        VBox content = new VBox(12, rowsBox, adder, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(460);

        DialogPane pane = dialog.getDialogPane();
        pane.setId("indicator-dialog");
        pane.setContent(content);
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pane.lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!apply()) {
                e.consume(); // stay open with the error shown
            }
        });
    }

    private RowView addRow(IndicatorKind kind, List<String> values) {
        int number = rows.size() + 1;
        Label name = new Label(kind.fullName());
        name.setMinWidth(90);
        List<TextField> fields = new ArrayList<>();
        HBox node = new HBox(8, name);
        node.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < kind.parameterNames().size(); i++) {
            String parameter = kind.parameterNames().get(i);
            TextField field = new TextField(i < values.size() ? values.get(i) : "");
            field.setPromptText(parameter);
            field.setPrefColumnCount(5);
            field.setId("indicator-field-" + number + "-" + (i + 1));
            field.setAccessibleText(kind.fullName() + " " + parameter);
            Label label = new Label(parameter);
            label.setStyle("-fx-opacity: 0.7;");
            node.getChildren().addAll(label, field);
            fields.add(field);
        }
        Button remove = new Button("Remove");
        remove.setId("indicator-remove-" + number);
        RowView row = new RowView(kind, fields, node);
        remove.setOnAction(e -> {
            rows.remove(row);
            rowsBox.getChildren().remove(node);
        });
        node.getChildren().add(remove);
        node.setId("indicator-row-" + kind.textName().toLowerCase(Locale.ROOT) + "-" + number);
        rows.add(row);
        rowsBox.getChildren().add(node);
        return row;
    }

    /** Applies every row; false (with the reason shown, nothing changed) if one is wrong. */
    boolean apply() {
        try {
            List<IndicatorSpec> specs = IndicatorForm.read(rows.stream().map(RowView::read).toList());
            error.setText("");
            model.setAll(specs);
            return true;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return false;
        }
    }

    void show(Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        if (focusField != null) {
            focusField.requestFocus();
            focusField.selectAll();
        }
    }

    /** The dialog (tests, screenshots). */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** The error shown, empty when none. */
    public String error() {
        return error.getText();
    }
}
