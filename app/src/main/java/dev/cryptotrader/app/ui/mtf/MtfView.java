package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.crosshair.CrosshairState;
import dev.cryptotrader.charting.crosshair.KeyboardCrosshair;
import dev.cryptotrader.trading.domain.SeriesKey;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The multi-timeframe view: a toolbar (symbol, number of panes, time link) over a grid of 2 to 4 panes, side by side
 * for 2 and 3, two by two for 4. One crosshair runs through all panes, each showing the bar that holds the hovered
 * moment. Keys act on the pane with the focus: ←/→ pan, +/- zoom, Home latest, X and Alt+←/→ the keyboard crosshair;
 * panes follow each other in time while "Link time" is on.
 */
public final class MtfView {

    private final MtfViewModel model;
    private final CrosshairState crosshair = new CrosshairState();
    private final TimeLink link = new TimeLink();
    private final List<MtfPaneView> paneViews = new ArrayList<>();
    private final GridPane grid = new GridPane();
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final ChoiceBox<Integer> count = new ChoiceBox<>();
    private final ChartCommands commands = new ChartCommands();

    public MtfView(MtfViewModel model) {
        this.model = model;
        count.getItems().setAll(2, 3, 4);
        count.setId("mtf-pane-count");
        count.setOnAction(e -> {
            if (count.getValue() != null && model.symbolProperty().get() != null) {
                model.setPaneCount(count.getValue());
            }
        });
        CheckBox linked = new CheckBox("Link time");
        linked.setId("mtf-link-time");
        linked.selectedProperty().bindBidirectional(link.enabledProperty());
        title.getStyleClass().add("mtf-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(title, spacer, new Label("Panes"), count, linked);
        toolbar.getStyleClass().add("mtf-toolbar");
        root.setTop(toolbar);
        root.setCenter(grid);
        root.getStyleClass().add("mtf-view");
        root.setId("mtf-view");
        model.symbolProperty().addListener((obs, old, key) -> title.setText(titleOf(key)));
        model.panes().addListener((ListChangeListener<MtfPaneModel>) c -> rebuild());
        registerCommands();
        root.addEventHandler(KeyEvent.KEY_PRESSED, commands::handle);
        rebuild();
    }

    private static String titleOf(SeriesKey key) {
        return key == null ? "" : key.instrument().symbol() + " · " + key.exchange().id() + " · multi-timeframe";
    }

    private void rebuild() {
        paneViews.forEach(p -> {
            link.remove(p.chart());
            p.chart().xyChart().getPlugins().remove(p.crosshair());
        });
        paneViews.clear();
        crosshair.hide();
        SeriesKey symbol = model.symbolProperty().get();
        if (symbol != null) {
            for (MtfPaneModel p : model.panes()) {
                MtfPaneView view = new MtfPaneView(p, symbol, crosshair);
                paneViews.add(view);
                link.add(view.chart());
            }
        }
        count.setValue(paneViews.isEmpty() ? null : paneViews.size());
        layout();
    }

    private void layout() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = paneViews.size();
        int columns = n == 4 ? 2 : Math.max(n, 1);
        int rows = n == 4 ? 2 : 1;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            Node node = paneViews.get(i).node();
            grid.add(node, i % columns, i / columns);
        }
    }

    private void registerCommands() {
        String nav = "Multi-timeframe";
        commands.add(ChartCommand.of("mtf.pan-older", "Pan towards older bars", nav,
                () -> onFocused(c -> pan(c, -1)), key(KeyCode.LEFT)));
        commands.add(ChartCommand.of("mtf.pan-newer", "Pan towards newer bars", nav,
                () -> onFocused(c -> pan(c, 1)), key(KeyCode.RIGHT)));
        commands.add(ChartCommand.of("mtf.zoom-in", "Zoom in", nav, () -> onFocused(c -> c.zoom(1.25)),
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), key(KeyCode.ADD)));
        commands.add(ChartCommand.of("mtf.zoom-out", "Zoom out", nav, () -> onFocused(c -> c.zoom(0.8)),
                key(KeyCode.MINUS), key(KeyCode.SUBTRACT)));
        commands.add(ChartCommand.of("mtf.latest", "Jump to the latest bar", nav,
                () -> onFocused(CandleChart::jumpToLatest), key(KeyCode.HOME)));
        commands.add(ChartCommand.of("mtf.crosshair", "Keyboard crosshair on / off", "Crosshair",
                () -> keyboard().ifPresent(KeyboardCrosshair::toggle), key(KeyCode.X)));
        commands.add(ChartCommand.of("mtf.crosshair-older", "Crosshair one bar older", "Crosshair",
                () -> keyboard().ifPresent(k -> k.step(-1)), new KeyCodeCombination(KeyCode.LEFT,
                        KeyCombination.ALT_DOWN)));
        commands.add(ChartCommand.of("mtf.crosshair-newer", "Crosshair one bar newer", "Crosshair",
                () -> keyboard().ifPresent(k -> k.step(1)), new KeyCodeCombination(KeyCode.RIGHT,
                        KeyCombination.ALT_DOWN)));
    }

    private static void pan(CandleChart chart, int direction) {
        chart.pan(direction * Math.max(1, chart.visibleRange().slots() / 10));
    }

    private void onFocused(java.util.function.Consumer<CandleChart> action) {
        focusedPane().ifPresent(p -> action.accept(p.chart()));
    }

    private java.util.Optional<KeyboardCrosshair> keyboard() {
        return focusedPane().map(p -> new KeyboardCrosshair(crosshair, p.chart()));
    }

    /** The pane whose chart has the focus, else the last one (the trading timeframe). */
    private java.util.Optional<MtfPaneView> focusedPane() {
        for (MtfPaneView p : paneViews) {
            if (p.chart().isFocused()) {
                return java.util.Optional.of(p);
            }
        }
        return paneViews.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(paneViews.getLast());
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** Focuses the last pane's chart (the trading timeframe), so the keys work at once. */
    public void focus() {
        if (!paneViews.isEmpty()) {
            paneViews.getLast().chart().requestFocus();
        }
    }

    public CrosshairState crosshair() {
        return crosshair;
    }

    /** The candle charts, top-left first (for tests and screenshots). */
    public List<CandleChart> charts() {
        return paneViews.stream().map(MtfPaneView::chart).toList();
    }

    <T> List<T> panes(Function<MtfPaneView, T> part) {
        return paneViews.stream().map(part).toList();
    }

    /** The panes' view (their crosshair readouts, say), top-left first. */
    public List<dev.cryptotrader.app.ui.chart.crosshair.CrosshairReadout> readouts() {
        return panes(MtfPaneView::readout);
    }

    public List<dev.cryptotrader.charting.crosshair.CrosshairPlugin> crosshairPlugins() {
        return panes(MtfPaneView::crosshair);
    }

    public Node node() {
        return root;
    }
}
