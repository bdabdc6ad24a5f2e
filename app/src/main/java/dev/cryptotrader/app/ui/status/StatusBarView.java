package dev.cryptotrader.app.ui.status;

import dev.cryptotrader.app.ui.main.MainViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Series · bar count · stored range (UTC) · message ……… bars in view. Bindings only. */
public final class StatusBarView {

    private final HBox root;

    public StatusBarView(MainViewModel model) {
        Label series = label("status-series", model.seriesTextProperty().getValue());
        series.textProperty().bind(model.seriesTextProperty());
        Label bars = label("status-bars", "");
        bars.textProperty().bind(model.barsTextProperty());
        Label range = label("status-range", "");
        range.textProperty().bind(model.rangeTextProperty());
        Label message = label("status-message", "");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("status-message");
        Label view = label("status-view", "");
        view.textProperty().bind(model.viewTextProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root = new HBox(10, series, separator(), bars, separator(), range, separator(), message, gap, view);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    private static Label label(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    public HBox node() {
        return root;
    }
}
