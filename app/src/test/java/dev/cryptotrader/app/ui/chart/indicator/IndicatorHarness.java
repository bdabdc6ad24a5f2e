package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.overlay.OverlayPalette;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteChartLayoutStore;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The main chart as the app wires it (see the wiring in the final report): chart view and model over a real SQLite
 * file, the overlays, their menu in a menu bar, the app's stylesheets, dark theme; opened on the demo BTC/USD 1m.
 */
final class IndicatorHarness implements AutoCloseable {

    final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-ui-background");
        t.setDaemon(true);
        return t;
    });
    final SqliteCandleStore store;
    final SqliteChartLayoutStore layouts;
    final ChartViewModel chartModel;
    final ChartView view;
    final IndicatorOverlays overlays;
    final MenuBar menuBar;

    /** Call on the FX thread. */
    IndicatorHarness(Stage stage, Path db) {
        Theme.DARK.apply();
        store = SqliteCandleStore.open(db);
        layouts = SqliteChartLayoutStore.open(db);
        FxBridge bridge = new FxBridge(background, Platform::runLater);
        chartModel = new ChartViewModel(() -> store, bridge);
        view = new ChartView(chartModel, tf -> { }, () -> { });
        overlays = new IndicatorOverlays(view, chartModel, bridge, () -> layouts);
        menuBar = new MenuBar(overlays.menu());
        BorderPane root = new BorderPane(view.node());
        root.setTop(menuBar);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), resource("/assets/css/cryptotrader.css"),
                OverlayPalette.stylesheet());
        stage.setScene(scene);
        stage.show();
        view.chart().requestFocus();
        overlays.start();
        chartModel.open(store.info(DemoWorkspace.BTC_1M).orElseThrow());
    }

    private static String resource(String path) {
        return Objects.requireNonNull(IndicatorHarness.class.getResource(path), path).toExternalForm();
    }

    @Override
    public void close() {
        background.shutdownNow();
        store.close();
        layouts.close();
    }
}
