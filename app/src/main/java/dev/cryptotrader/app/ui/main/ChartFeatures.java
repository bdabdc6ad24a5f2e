package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.LazyPort;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.chart.alert.AlertMonitor;
import dev.cryptotrader.app.ui.chart.crosshair.ChartCrosshair;
import dev.cryptotrader.app.ui.chart.drawing.ChartAnnotations;
import dev.cryptotrader.app.ui.chart.drawing.DrawingCommands;
import dev.cryptotrader.app.ui.chart.indicator.IndicatorOverlays;
import dev.cryptotrader.app.ui.chart.levels.HtfLevels;
import dev.cryptotrader.app.ui.chart.projection.ProjectionCommands;
import dev.cryptotrader.app.ui.chart.projection.ProjectionController;
import dev.cryptotrader.app.ui.keys.ShortcutOverrides;
import dev.cryptotrader.app.ui.keys.ShortcutSheet;
import dev.cryptotrader.app.ui.mtf.MtfCommands;
import dev.cryptotrader.app.ui.mtf.MtfViewModel;
import dev.cryptotrader.app.ui.mtf.MtfWindow;
import dev.cryptotrader.app.ui.replay.ReplayCommands;
import dev.cryptotrader.app.ui.replay.ReplayPlayer;
import dev.cryptotrader.app.ui.replay.ReplayTarget;
import dev.cryptotrader.charting.crosshair.CrosshairStyles;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.charting.overlay.OverlayPalette;
import dev.cryptotrader.charting.projection.ProjectionOverlay;
import dev.cryptotrader.trading.config.ShortcutSetting;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.DrawingStore;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chart's features, built around one {@link ChartView}: indicators, crosshair and readout, higher-timeframe levels,
 * drawings and alerts, projections, replay, the multi-timeframe window and the shortcut sheet. Each registers its keys
 * in the chart's {@link ChartCommands}; the user's own keys from config.json are applied last, once read in the
 * background. Stores open lazily, off the JavaFX thread.
 */
final class ChartFeatures {

    /** What the features need from the composition root. */
    record Parts(Supplier<CandleStore> candles, Supplier<ChartLayoutStore> layouts, Supplier<DrawingStore> drawings,
                 Supplier<AlertStore> alerts, Path database, Clock clock, FxBridge bridge) {
    }

    private final ChartView view;
    private final FxBridge bridge;
    private final Path database;
    private final IndicatorOverlays indicators;
    private final ChartCrosshair crosshair;
    private final HtfLevels levels;
    private final ChartAnnotations annotations;
    private final ProjectionController projection;
    private final ReplayPlayer replay;
    private final ShortcutSheet sheet;
    private final MtfViewModel mtfModel;
    private final Consumer<String> status;
    private MtfWindow mtf; // made once the window's stylesheets are known

    ChartFeatures(ChartView view, ChartViewModel chart, MainViewModel main, Parts parts) {
        this.view = view;
        this.bridge = parts.bridge();
        this.database = parts.database();
        ChartCommands commands = view.commands();
        indicators = new IndicatorOverlays(view, chart, bridge, parts.layouts());
        crosshair = new ChartCrosshair(view, chart);
        crosshair.addSource(indicators.readout());
        view.chart().setLegendVisible(false); // the readout shows the bar under the crosshair, or the newest
        StackPane.setAlignment(crosshair.readoutNode(), Pos.TOP_LEFT);
        view.chart().getChildren().add(crosshair.readoutNode());
        levels = new HtfLevels(view.chart(), chart, bridge);
        levels.registerCommands(commands);

        AlertStore alerts = LazyPort.of(AlertStore.class, parts.alerts());
        AlertMonitor monitor = new AlertMonitor(alerts, parts.clock(), bridge);
        annotations = new ChartAnnotations(view.chart(), LazyPort.of(DrawingStore.class, parts.drawings()), alerts,
                monitor, parts.clock(), bridge);
        annotations.bind(chart);
        DrawingCommands.register(commands, annotations);
        chart.addLiveBarsListener(monitor::onBars);

        projection = new ProjectionController(view.chart(), chart.dataProperty());
        ProjectionCommands.register(commands, projection);
        replay = new ReplayPlayer(parts.candles(), bridge, ReplayTarget.of(chart), main.live().onProperty());
        ReplayCommands.register(commands, replay, view.chart());
        mtfModel = new MtfViewModel(parts.candles(), bridge);
        MtfCommands.register(commands, () -> openMultiTimeframe(chart));
        sheet = new ShortcutSheet(commands);
        sheet.register(commands, view.chart());

        status = main::showMessage;
        annotations.messageProperty().addListener((obs, old, text) -> status.accept(text));
        projection.messageProperty().addListener((obs, old, text) -> status.accept(text));
        replay.statusTextProperty().addListener((obs, old, text) -> status.accept(text));
        indicators.model().problemProperty().addListener((obs, old, text) -> status.accept(text));
    }

    private void openMultiTimeframe(ChartViewModel chart) {
        ChartData shown = chart.data();
        if (shown != null && mtf != null && view.chart().getScene() != null) {
            mtf.show(view.chart().getScene().getWindow(), shown.series().key());
        }
    }

    /** The feature menus, in menu-bar order. */
    List<Menu> menus() {
        return List.of(chartMenu(), indicators.menu(), DrawingCommands.menu(view.commands(), annotations),
                ProjectionCommands.menu(view.commands()), ReplayCommands.menu(view.commands()));
    }

    /** Levels, the multi-timeframe window and the keyboard crosshair. Keys are in the titles, not accelerators. */
    private Menu chartMenu() {
        CheckMenuItem period = new CheckMenuItem("Day / week levels   (Shift+D)");
        period.setId("menu-period-levels");
        period.selectedProperty().bindBidirectional(levels.periodLevelsProperty());
        CheckMenuItem swings = new CheckMenuItem("Swing levels   (Shift+S)");
        swings.setId("menu-swing-levels");
        swings.selectedProperty().bindBidirectional(levels.swingLevelsProperty());
        MenuItem multi = new MenuItem("Multi-timeframe view…   (Ctrl+M)");
        multi.setId("menu-multi-timeframe");
        multi.setOnAction(e -> view.commands().find(MtfCommands.ID).ifPresent(c -> c.action().run()));
        MenuItem crosshairKeys = new MenuItem("Keyboard crosshair   (X)");
        crosshairKeys.setOnAction(e -> view.commands().find("crosshair.toggle").ifPresent(c -> c.action().run()));
        Menu menu = new Menu("Chart", null, period, swings, new SeparatorMenuItem(), crosshairKeys,
                new SeparatorMenuItem(), multi);
        menu.setId("menu-chart");
        return menu;
    }

    /** The features' stylesheets, to load after the chart's. */
    static List<String> stylesheets() {
        return List.of(OverlayPalette.stylesheet(), CrosshairStyles.stylesheet(), DrawingLayer.stylesheet(),
                ProjectionOverlay.stylesheet(), ShortcutSheet.stylesheet());
    }

    /** Once the window is up: the stored layout and alerts load, and the user's keys are read and applied. */
    void start(Scene scene) {
        mtf = new MtfWindow(mtfModel, List.copyOf(scene.getStylesheets()));
        sheet.installOn(scene);
        indicators.start();
        annotations.monitor().start();
        bridge.run(() -> UserConfigFile.load(UserConfigFile.besideDatabase(database)).shortcuts(), this::applyKeys,
                e -> { }); // a config.json that does not parse is reported by the market-data side (Jobs window)
    }

    /** Applies the user's keys; one that cannot be applied keeps the defaults and says why in the status bar. */
    private void applyKeys(List<ShortcutSetting> keys) {
        try {
            ShortcutOverrides.apply(view.commands(), keys);
        } catch (IllegalArgumentException e) {
            status.accept("Keyboard shortcuts from config.json not applied: " + e.getMessage());
        }
    }

    void showShortcuts(Window owner) {
        sheet.show(owner);
    }

    void close() {
        replay.close();
        if (mtf != null) {
            mtf.close();
        }
        sheet.close();
    }

    IndicatorOverlays indicators() {
        return indicators;
    }

    ChartAnnotations annotations() {
        return annotations;
    }

    HtfLevels levels() {
        return levels;
    }

    ReplayPlayer replay() {
        return replay;
    }

    ShortcutSheet shortcutSheet() {
        return sheet;
    }

    ChartCrosshair crosshair() {
        return crosshair;
    }
}
