package dev.cryptotrader.app.ui.backtest;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import java.util.List;

/**
 * The backtest panel: the form on the left, and tabs for the latest run's results, its trades, the comparison of
 * pinned runs, walk-forward and sweeps. Keys: Enter runs, Esc cancels a run, Ctrl+1…5 switch tabs, Ctrl+P pins the
 * run; labels carry Alt mnemonics. An error marks the field it names, shows its tab and focuses it.
 */
public final class BacktestView {

    private final BacktestViewModel model;
    private final FieldRegistry fields = new FieldRegistry();
    private final SetupPane setup;
    private final ResultsTab results;
    private final TradesTable trades = new TradesTable();
    private final CompareTab compare;
    private final WalkForwardTab walkForward;
    private final SweepTab sweep;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();

    public BacktestView(BacktestViewModel model, ExportChooser chooser) {
        this.model = model;
        setup = new SetupPane(model, fields);
        results = new ResultsTab(model, chooser);
        compare = new CompareTab(model);
        walkForward = new WalkForwardTab(model, fields);
        sweep = new SweepTab(model, fields);
        tabs.getTabs().setAll(tab("Results", "backtest-tab-results", results.node()),
                tab("Trades", "backtest-tab-trades", trades.node()),
                tab("Compare", "backtest-tab-compare", compare.node()),
                tab("Walk-forward", "backtest-tab-walkforward", walkForward.node()),
                tab("Sweep", "backtest-tab-sweep", sweep.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Node form = setup.node();
        form.getStyleClass().add("backtest-form");
        root.setLeft(form);
        root.setCenter(tabs);
        root.getStyleClass().add("backtest-panel");
        model.resultProperty().addListener((obs, old, r) -> {
            if (r != null) {
                trades.show(r.trades());
                tabs.getSelectionModel().select(0);
            }
        });
        model.sweepProperty().addListener((obs, old, s) -> tabs.getSelectionModel().select(4));
        model.walkForwardProperty().addListener((obs, old, w) -> tabs.getSelectionModel().select(3));
        model.errorFieldProperty().addListener((obs, old, field) -> markError(field));
        trades.setOnOpen(trade -> {
            tabs.getSelectionModel().select(0);
            results.focusTrade(trade);
        });
    }

    /** The stylesheets the panel needs besides the app's: charts, markers, equity, heat map, the panel's own. */
    public static List<String> stylesheets() {
        return List.of(dev.cryptotrader.charting.markers.TradeMarkersPlugin.stylesheet(),
                dev.cryptotrader.charting.equity.EquityChart.stylesheet(),
                dev.cryptotrader.charting.heatmap.HeatMap.stylesheet(),
                resource("/assets/css/backtest.css"));
    }

    private static String resource(String path) {
        var url = BacktestView.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the jar");
        }
        return url.toExternalForm();
    }

    static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("backtest-section");
        return l;
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+1…5 for the tabs, Ctrl+P to pin, Esc to cancel a run (left unconsumed when none runs). */
    public void installKeys(Scene scene) {
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel().select(index));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), model::pin);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    /**
     * Adds "Show on main chart" to the results: {@code action} gets the run, e.g. to put its markers on the main
     * chart ({@code TradeMarkersPlugin} with {@link ResultCharts#markers}).
     */
    public void setOnShowOnChart(java.util.function.Consumer<dev.cryptotrader.trading.backtest.BacktestResult> action) {
        results.setOnShowOnChart(action);
    }

    /** Puts the focus on the first field (Series), where a keyboard user starts. */
    public void focusForm() {
        fields.get("series").ifPresent(Control::requestFocus);
    }

    private void markError(String field) {
        if (field == null || field.isEmpty()) {
            fields.clear();
            return;
        }
        fields.mark(field).ifPresent(control -> {
            for (Tab tab : tabs.getTabs()) {
                if (contains(tab.getContent(), control)) {
                    tabs.getSelectionModel().select(tab);
                }
            }
            control.requestFocus();
        });
    }

    private static boolean contains(Node parent, Control control) {
        for (Node n = control; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    public TabPane tabs() {
        return tabs;
    }

    ResultsTab results() {
        return results;
    }

    TradesTable trades() {
        return trades;
    }

    CompareTab compare() {
        return compare;
    }

    WalkForwardTab walkForward() {
        return walkForward;
    }

    SweepTab sweep() {
        return sweep;
    }
}
