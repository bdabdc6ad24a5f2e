package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.DatabasePath;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.market.AddMarketDialog;
import dev.cryptotrader.app.ui.market.AddMarketViewModel;
import dev.cryptotrader.app.ui.market.BackfillRunner;
import dev.cryptotrader.app.ui.ops.JobsViewModel;
import dev.cryptotrader.app.ui.ops.JobsWindow;
import dev.cryptotrader.app.ui.ops.RateLimitIndicatorView;
import dev.cryptotrader.app.ui.ops.RateLimitViewModel;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import dev.cryptotrader.app.ui.tasks.TaskIndicatorView;
import dev.cryptotrader.app.ui.SeriesCatalog;
import dev.cryptotrader.app.ui.StartupTimer;
import dev.cryptotrader.app.ui.backtest.BacktestWindow;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.crosshair.ChartCrosshair;
import dev.cryptotrader.app.ui.chart.drawing.ChartAnnotations;
import dev.cryptotrader.app.ui.chart.levels.HtfLevels;
import dev.cryptotrader.app.ui.keys.ShortcutSheet;
import dev.cryptotrader.app.ui.replay.ReplayPlayer;
import dev.cryptotrader.app.ui.chart.indicator.IndicatorOverlays;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import dev.cryptotrader.trading.port.DrawingStore;
import dev.cryptotrader.trading.port.Clock;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Builds the main window from the engine's store: view model, view, scene, theme and stylesheets. Used by
 * {@code GuiMain}, the screenshot facility and the UI tests alike.
 */
public final class MainWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final MainViewModel model;
    private final MainView view;
    private final BackgroundTasks tasks;
    private final RateLimitIndicatorView rateLimit;
    private final JobsWindow jobs;
    private final AddMarketDialog addMarket;
    private final ChartFeatures features;
    private final BacktestFeature backtest;
    private final CompletableFuture<ChartData> firstPaint = new CompletableFuture<>();

    /** The store comes as a provider: the database opens on the background executor, not on the FX thread. */
    @Inject
    public MainWindow(Provider<CandleStore> store, MarketDataAccess marketData, SeriesCatalog catalog,
                      FxBridge bridge, Clock clock, Provider<ChartLayoutStore> layouts,
                      Provider<DrawingStore> drawingStore, Provider<AlertStore> alertStore,
                      @DatabasePath Path database) {
        model = new MainViewModel(store::get, marketData, catalog, bridge);
        tasks = new BackgroundTasks(bridge);
        BackfillRunner backfills = new BackfillRunner(marketData, bridge, tasks);
        backfills.addFinishedListener(model::seriesStored);
        addMarket = new AddMarketDialog(new AddMarketViewModel(marketData, bridge, backfills, clock));
        rateLimit = new RateLimitIndicatorView(new RateLimitViewModel(marketData, bridge));
        jobs = new JobsWindow(new JobsViewModel(marketData, bridge, clock));
        // The theme goes in before the first control is created: Control's static initialiser otherwise loads JavaFX's
        // default Modena stylesheet, only for the theme to replace it (a wasted stylesheet load on every start).
        model.themeProperty().addListener((obs, old, theme) -> theme.apply());
        model.themeProperty().get().apply();
        view = new MainView(model, new MainView.Extras(new TaskIndicatorView(tasks).node(), rateLimit.node(),
                () -> addMarket.show(window()), () -> jobs.show(window()), tasks));
        features = new ChartFeatures(view.chartView(), model.chart(), model, new ChartFeatures.Parts(store::get,
                layouts::get, drawingStore::get, alertStore::get, database, clock, bridge));
        backtest = new BacktestFeature(view.chartView(), model.chart(), store::get, catalog, database, bridge,
                model::showMessage);
        view.addMenus(features.menus().toArray(Menu[]::new));
        view.addMenus(backtest.menu());
        view.setShowShortcuts(() -> features.showShortcuts(window()));
        CandleChart chart = view.chart();
        chart.paintCountProperty().addListener((obs, old, count) -> {
            ChartData data = model.chart().data();
            if (!firstPaint.isDone() && data != null) {
                StartupTimer.firstChartPainted(data.columns().size(), data.series().barCount());
                firstPaint.complete(data);
            }
        });
    }

    /** Shows the window on {@code stage} and starts loading; call on the FX thread. */
    public void show(Stage stage, double width, double height) {
        show(stage, width, height, null);
    }

    /**
     * As {@link #show(Stage, double, double)}; with {@code ahead} (may be null) the first frame already shows its
     * series and bars, instead of a second frame after the window has read them.
     */
    public void show(Stage stage, double width, double height, FirstView ahead) {
        if (ahead != null) {
            // Before the scene: the first layout and frame include the candles.
            model.start(ahead);
        }
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(CandleChart.stylesheet());
        scene.getStylesheets().addAll(ChartFeatures.stylesheets());
        scene.getStylesheets().addAll(BacktestFeature.stylesheets());
        scene.getStylesheets().addAll(resource("/assets/css/cryptotrader.css"),
                resource("/assets/css/crosshair-mtf.css"));
        view.installKeys(scene);
        stage.setTitle("cryptotrader");
        stage.getIcons().setAll(icons());
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
        stage.show();
        view.focusChart();
        if (ahead == null) {
            model.start();
        }
        features.start(scene); // the stored layout and alerts, the user's keys
        backtest.start(scene);
        startPollingAfterFirstPaint();
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }

    /**
     * Starts what talks to the venues once the first chart is drawn (or 10 s passed): the rate-limit indicator's
     * polling opens the market-data hub, which should not compete with the first paint.
     */
    private void startPollingAfterFirstPaint() {
        firstPaint.copy().completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .whenComplete((painted, e) -> Platform.runLater(rateLimit::start));
    }

    /**
     * Stops everything that works in the background for this window: streaming, polling, backfills (after their page
     * in flight). Call on the FX thread before the market data and the store close; hiding the stage calls it too.
     * Safe to call more than once.
     */
    public void close() {
        rateLimit.stop();
        jobs.close();
        addMarket.close();
        tasks.cancelAll();
        model.live().close();
        features.close();
        backtest.close();
    }

    /** The backtest panel (Ctrl+B); null until it is first opened. */
    public BacktestWindow backtestWindow() {
        return backtest.window();
    }

    /** Completes on the FX thread when the chart first draws candles. */
    public CompletableFuture<ChartData> firstPaint() {
        return firstPaint;
    }

    /** The status bar's rate-limit indicator (for screenshots and tests). */
    public RateLimitIndicatorView rateLimitIndicator() {
        return rateLimit;
    }

    public MainViewModel model() {
        return model;
    }

    public MainView view() {
        return view;
    }

    /** The drawings and alerts of the chart. */
    public ChartAnnotations annotations() {
        return features.annotations();
    }

    /** The replay of stored bars as if live. */
    public ReplayPlayer replay() {
        return features.replay();
    }

    /** The keyboard shortcut sheet (? or F1), listing the chart's command registry. */
    public ShortcutSheet shortcutSheet() {
        return features.shortcutSheet();
    }

    /** The crosshair and its readout, synced over the chart's panes. */
    public ChartCrosshair crosshair() {
        return features.crosshair();
    }

    /** The higher-timeframe levels (day/week, swings) of the chart. */
    public HtfLevels levels() {
        return features.levels();
    }

    /** The indicator overlays of the chart (menu, keys, subpanes, stored layout). */
    public IndicatorOverlays indicators() {
        return features.indicators();
    }

    /** The app icon in every size that ships, loaded in the background; none when the assets are missing. */
    private static List<Image> icons() {
        return IntStream.of(16, 32, 64, 128, 256)
                .mapToObj(size -> MainWindow.class.getResource("/assets/icons/cryptotrader-" + size + ".png"))
                .filter(Objects::nonNull).map(url -> new Image(url.toExternalForm(), true)).toList();
    }

    private static String resource(String path) {
        return Objects.requireNonNull(MainWindow.class.getResource(path), path + " is missing from the jar")
                .toExternalForm();
    }
}
