package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.SeriesCatalog;
import dev.cryptotrader.app.ui.backtest.BacktestViewModel;
import dev.cryptotrader.app.ui.backtest.BacktestWindow;
import dev.cryptotrader.app.ui.backtest.CatalogStrategySource;
import dev.cryptotrader.app.ui.backtest.EngineBacktestService;
import dev.cryptotrader.app.ui.backtest.FileExporter;
import dev.cryptotrader.app.ui.backtest.ResultCharts;
import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.charting.markers.TradeMarkersPlugin;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.execution.FeeSchedule;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The backtest panel (Ctrl+B) beside the main chart: it opens on the series on screen, and "Show on main chart" puts
 * a run's entries and exits on the main chart. The fees in the form start from the user's config.json "fees", read
 * in the background once the window is up (the public base tiers until then).
 */
final class BacktestFeature {

    static final String OPEN_ID = "backtest.open";
    static final KeyCombination OPEN_KEY = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);

    private final ChartView view;
    private final ChartViewModel chart;
    private final FxBridge bridge;
    private final Path database;
    private final Supplier<CandleStore> candles;
    private final SeriesCatalog catalog;
    private final AtomicReference<FeeSchedule> fees = new AtomicReference<>(FeeSchedule.defaults());
    private final TradeMarkersPlugin markers;
    private final Consumer<String> status;
    private String markedSeries; // the series the markers on the main chart belong to
    private List<String> stylesheets; // the main window's, once it is up
    private BacktestWindow window; // made on first use: nothing of the panel is built before the first chart

    BacktestFeature(ChartView view, ChartViewModel chart, Supplier<CandleStore> candles, SeriesCatalog catalog,
                    Path database, FxBridge bridge, Consumer<String> status) {
        this.view = view;
        this.chart = chart;
        this.bridge = bridge;
        this.database = database;
        this.status = status;
        this.candles = candles;
        this.catalog = catalog;
        markers = TradeMarkersPlugin.attach(view.chart().xyChart());
        view.commands().add(ChartCommand.of(OPEN_ID, "Backtest panel", "View", this::open, OPEN_KEY));
        // Markers sit at times of one series: another series on screen must not show them.
        chart.dataProperty().addListener((obs, old, data) -> {
            if (markedSeries != null && (data == null || !data.series().key().toString().equals(markedSeries))) {
                markers.setMarkers(List.of());
                markedSeries = null;
            }
        });
    }

    private void showOnMainChart(BacktestResult result) {
        ChartData shown = chart.data();
        if (shown == null || !shown.series().key().toString().equals(result.tape().name())) {
            status.accept("The trades are on " + result.tape().name() + ": open that series on the main chart to "
                    + "see them there");
            return;
        }
        markedSeries = result.tape().name();
        markers.setMarkers(ResultCharts.markers(result));
        status.accept(result.trades().size() + " trades of " + result.label() + " on the chart");
    }

    static List<String> stylesheets() {
        return List.of(TradeMarkersPlugin.stylesheet());
    }

    Menu menu() {
        MenuItem open = new MenuItem("Backtest panel…   (Ctrl+B)");
        open.setId("menu-backtest");
        open.setOnAction(e -> open());
        MenuItem clear = new MenuItem("Clear trade markers");
        clear.setId("menu-backtest-clear-markers");
        clear.setOnAction(e -> {
            markers.setMarkers(List.of());
            markedSeries = null;
        });
        Menu menu = new Menu("Backtest", null, open, new SeparatorMenuItem(), clear);
        menu.setId("menu-backtest-menu");
        return menu;
    }

    void start(Scene scene) {
        stylesheets = List.copyOf(scene.getStylesheets());
    }

    void open() {
        if (stylesheets == null || view.chart().getScene() == null) {
            return;
        }
        if (window == null) {
            window = createWindow();
        }
        ChartData shown = chart.data();
        window.show(view.chart().getScene().getWindow(), shown == null ? null : shown.series().key());
    }

    private BacktestWindow createWindow() {
        EngineBacktestService service = new EngineBacktestService(candles,
                new CatalogStrategySource(StrategyCatalog.builtIn()), new BacktestEngine());
        BacktestViewModel model = new BacktestViewModel(service, catalog::list, fees::get, new FileExporter(), bridge);
        BacktestWindow made = new BacktestWindow(model, stylesheets);
        made.view().setOnShowOnChart(this::showOnMainChart);
        // the user's fees fill the form when read; the base tiers until then
        bridge.run(() -> UserConfigFile.load(UserConfigFile.besideDatabase(database)).fees(), fees::set,
                e -> { }); // a config.json that does not parse is reported by the market-data side (Jobs window)
        return made;
    }

    /** For tests: the panel, once it has been opened. */
    BacktestWindow window() {
        return window;
    }

    void close() {
        if (window != null) {
            window.close();
        }
    }
}
