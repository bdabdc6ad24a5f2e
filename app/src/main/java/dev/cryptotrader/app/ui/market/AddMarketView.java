package dev.cryptotrader.app.ui.market;

import atlantafx.base.controls.CustomTextField;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The content of the "Add market…" dialog. The search field keeps the keyboard: Up and Down move through the matches,
 * Enter picks the highlighted one (a second Enter starts the backfill, as the dialog's default button), Esc clears
 * the search (and, when it is empty, closes the dialog). The list follows the mouse too. Bindings and key handling only.
 */
public final class AddMarketView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final AddMarketViewModel model;
    private final ComboBox<Exchange> exchange = new ComboBox<>();
    private final CustomTextField search = new CustomTextField();
    private final ListView<InstrumentInfo> list = new ListView<>();
    private final ComboBox<Timeframe> timeframe = new ComboBox<>();
    private final TextField from = new TextField();
    private final VBox root;

    public AddMarketView(AddMarketViewModel model) {
        this.model = model;
        exchange.setId("add-market-exchange");
        exchange.setItems(model.exchanges());
        exchange.valueProperty().bindBidirectional(model.exchangeProperty());

        search.setId("add-market-search");
        search.setPromptText("Search: BTC, BTC/USDT, BTCUSDT …");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKeys);
        HBox.setHgrow(search, Priority.ALWAYS);

        list.setId("add-market-list");
        list.setItems(model.shownInstruments());
        list.setCellFactory(v -> new InstrumentCell());
        list.getStyleClass().add("dense"); // AtlantaFX: 2em rows, so more matches fit
        list.setFocusTraversable(false); // the search field drives it, so Tab goes on to the timeframe
        list.setPrefHeight(260);
        list.setOnMouseClicked(e -> pick(list.getSelectionModel().getSelectedItem()));
        model.shownInstruments().addListener((ListChangeListener<InstrumentInfo>) c -> highlightBest());
        VBox.setVgrow(list, Priority.ALWAYS);

        timeframe.setId("add-market-timeframe");
        timeframe.getItems().setAll(Timeframe.values());
        timeframe.valueProperty().bindBidirectional(model.timeframeProperty());
        from.setId("add-market-from");
        from.setPromptText("YYYY-MM-DD");
        from.setPrefColumnCount(10);
        from.textProperty().bindBidirectional(model.fromProperty());

        root = new VBox(8, row(new Label("Exchange"), exchange, search), listingStatus(), list,
                label("add-market-more", "add-market-more", model.moreProperty()), pickedLabel(), settings(),
                label("add-market-span", "add-market-span", model.spanProperty()),
                label("add-market-problem", "add-market-problem", model.problemProperty()));
        root.getStyleClass().add("add-market");
    }

    private void searchKeys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case PAGE_DOWN -> move(10);
            case PAGE_UP -> move(-10);
            case ENTER -> {
                InstrumentInfo highlighted = list.getSelectionModel().getSelectedItem();
                if (highlighted != null && highlighted.equals(model.pickedProperty().get())) {
                    return; // already picked: let Enter reach the default button, Backfill
                }
                pick(highlighted);
            }
            case ESCAPE -> {
                if (search.getText().isEmpty()) {
                    return; // the dialog closes
                }
                search.clear();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int rows) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int to = Math.clamp(at < 0 ? 0 : at + rows, 0, size - 1);
        list.getSelectionModel().select(to);
        list.scrollTo(Math.max(0, to - 3));
    }

    private void pick(InstrumentInfo info) {
        if (info != null) {
            model.pickedProperty().set(info);
        }
    }

    /** After every keystroke the picked market stays highlighted if it still matches, else the best match. */
    private void highlightBest() {
        InstrumentInfo picked = model.pickedProperty().get();
        if (picked != null && list.getItems().contains(picked)) {
            list.getSelectionModel().select(picked);
        } else if (list.getItems().isEmpty()) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().selectFirst();
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
    }

    private HBox listingStatus() {
        Label status = label("add-market-status", "add-market-status", model.listingStatusProperty());
        model.listingFailedProperty().addListener((obs, old, failed) -> status.pseudoClassStateChanged(FAILED, failed));
        status.setWrapText(true);
        Hyperlink retry = new Hyperlink("Retry");
        retry.setId("add-market-retry");
        retry.setOnAction(e -> model.retryListing());
        retry.visibleProperty().bind(model.listingFailedProperty());
        retry.managedProperty().bind(retry.visibleProperty());
        HBox box = new HBox(6, status, retry);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(status.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label pickedLabel() {
        Label picked = new Label();
        picked.setId("add-market-picked");
        picked.getStyleClass().add("add-market-picked");
        picked.textProperty().bind(Bindings.createStringBinding(() -> {
            InstrumentInfo info = model.pickedProperty().get();
            return info == null ? "No market picked yet"
                    : "Market: " + info.instrument().symbol() + " on " + model.exchangeProperty().get()
                      + " (" + info.nativeSymbol() + ")";
        }, model.pickedProperty(), model.exchangeProperty()));
        return picked;
    }

    private GridPane settings() {
        GridPane grid = new GridPane(10, 6);
        grid.addRow(0, new Label("Timeframe"), timeframe, new Label("From (UTC)"), from);
        grid.setAlignment(Pos.CENTER_LEFT);
        return grid;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public VBox node() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
