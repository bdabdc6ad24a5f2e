package dev.cryptotrader.app.ui.status;

import dev.cryptotrader.app.ui.main.MainViewModel;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * Series · bar count · stored range (UTC) · live state · message · background task ……… bars in view · API usage.
 * Bindings only.
 */
public final class StatusBarView {

    private final HBox root;

    public StatusBarView(MainViewModel model, Node taskIndicator, Node rateLimitIndicator) {
        Label message = label("status-message", model.messageProperty());
        message.getStyleClass().add("status-message");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label bars = label("status-bars", model.barsTextProperty());
        Label view = label("status-view", model.viewTextProperty());
        Label live = label("status-live", model.live().statusTextProperty());
        live.getStyleClass().add("status-live");
        live.visibleProperty().bind(model.live().statusTextProperty().isNotEmpty());
        live.managedProperty().bind(live.visibleProperty());
        model.live().stateProperty().addListener((obs, old, state) -> LiveStyle.show(live, state));
        root = new HBox(10, label("status-series", model.seriesTextProperty()), separator(), bars, separator(),
                label("status-range", model.rangeTextProperty()), separator(), live, message, taskIndicator, gap,
                view, separator(), rateLimitIndicator);
        // The series and the API usage never shorten to "…", nor do the bar count and the view, which change with
        // every live bar: a shortened text is measured again on every change, on the FX thread. The stored range,
        // the live state and the message give way, and the bar itself never asks the window to grow (that would push
        // the chart's price axis out of view).
        for (Node n : List.of(root.getChildren().getFirst(), bars, view, rateLimitIndicator)) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        message.setMinWidth(0);
        root.setMinWidth(0);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    private static Label label(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    public HBox node() {
        return root;
    }
}
