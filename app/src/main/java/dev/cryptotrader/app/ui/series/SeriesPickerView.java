package dev.cryptotrader.app.ui.series;

import atlantafx.base.controls.CustomTextField;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.collections.ListChangeListener;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

/**
 * The search field over the list of stored series. Only the user picks a series (a click, or arrows and Enter in the
 * list): the list reshuffling under a search never does. Esc and Enter hand the keyboard back to the chart
 * ({@code onDone}); Down in the field moves into the list.
 */
public final class SeriesPickerView {

    private final CustomTextField search = new CustomTextField();
    private final ListView<SeriesInfo> list = new ListView<>();
    private final VBox root = new VBox(8, search, list);
    private final SeriesPickerViewModel model;

    public SeriesPickerView(SeriesPickerViewModel model, Runnable onDone) {
        this.model = model;
        search.setId("series-search");
        search.setPromptText("Search symbol  ( / )");
        search.setLeft(magnifier());
        search.textProperty().bindBidirectional(model.queryProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> onDone.run();
                case ENTER -> {
                    model.selectFirstShown();
                    onDone.run();
                }
                case DOWN -> {
                    list.requestFocus();
                    list.getSelectionModel().selectFirst();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });

        list.setId("series-list");
        list.setItems(model.shownSeries());
        list.setCellFactory(v -> new SeriesCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, info) -> {
            if (list.isFocused()) { // arrow keys in the list
                pick();
            }
        });
        list.setOnMouseClicked(e -> {
            pick();
            onDone.run();
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.ESCAPE) {
                onDone.run();
                e.consume();
            }
        });
        model.selectedProperty().addListener((obs, old, info) -> showSelected());
        model.shownSeries().addListener((ListChangeListener<SeriesInfo>) change -> showSelected());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("series-picker");
    }

    private void pick() {
        SeriesInfo info = list.getSelectionModel().getSelectedItem();
        if (info != null) {
            model.selectedProperty().set(info);
        }
    }

    /** Highlights the model's series in the list, if the search shows it. */
    private void showSelected() {
        SeriesInfo info = model.selectedProperty().get();
        if (info == null || !list.getItems().contains(info)) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedItem() != info) {
            list.getSelectionModel().select(info);
            list.scrollTo(info);
        }
    }

    /** A lens and a handle: two shapes, cheaper at startup than loading an icon font. */
    private static Node magnifier() {
        Circle lens = new Circle(6, 6, 4.5);
        Line handle = new Line(9.4, 9.4, 13, 13);
        handle.setStrokeLineCap(StrokeLineCap.ROUND);
        lens.getStyleClass().add("search-icon-shape");
        handle.getStyleClass().add("search-icon-shape");
        StackPane icon = new StackPane(new Group(lens, handle));
        icon.getStyleClass().add("search-icon");
        return icon;
    }

    public VBox node() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
