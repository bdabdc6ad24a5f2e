package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.crosshair.CrosshairPlugin;
import dev.cryptotrader.charting.crosshair.CrosshairStyles;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The multi-timeframe view on the demo workspace, headless: the crosshair sync between panes of different timeframes,
 * the time link, and target/screenshots/mtf-view.png.
 */
@ExtendWith(ApplicationExtension.class)
class MtfViewFxTest {

    private static final SeriesKey BTC_5M = DemoWorkspace.BTC_1M.withTimeframe(Timeframe.M5);

    @TempDir
    static Path dir;
    private static CandleStore store;
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-mtf-background");
        t.setDaemon(true);
        return t;
    });

    private MtfViewModel model;
    private MtfView view;

    @BeforeAll
    static void seed() {
        store = SqliteCandleStore.open(dir.resolve("demo.db"));
        assertThat(DemoWorkspace.seedIfEmpty(store)).isNotEmpty();
    }

    @AfterAll
    static void close() {
        BACKGROUND.shutdownNow();
        store.close();
    }

    @Start
    void start(Stage stage) {
        Theme.DARK.apply();
        model = new MtfViewModel(() -> store, new FxBridge(BACKGROUND, Platform::runLater));
        view = new MtfView(model);
        Scene scene = new Scene((Parent) view.node(), MtfWindow.WIDTH, MtfWindow.HEIGHT);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), css("/assets/css/cryptotrader.css"),
                CrosshairStyles.stylesheet(), css("/assets/css/crosshair-mtf.css"));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hoveringOnePaneShowsTheSameMomentInTheOthers(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Timeframe.H1, Timeframe.M5));
        CandleChart hourly = view.charts().get(0);
        CandleChart fiveMin = view.charts().get(1);
        CrosshairPlugin hourlyCross = view.crosshairPlugins().get(0);
        CrosshairPlugin fiveMinCross = view.crosshairPlugins().get(1);

        OhlcvColumns m5 = fiveMin.columns();
        int bar = fiveMin.visibleRange().lastBar() - 7;
        long t = m5.openTime()[bar];
        robot.moveTo(onPlot(fiveMin, t, 0.4));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.crosshair().point().timeMillis()).isEqualTo(t);
        assertThat(fiveMinCross.shownTime()).isEqualTo(t);
        assertThat(hourlyCross.shownTime()).as("the 1h bar holding the 5m bar").isEqualTo(Timeframe.H1.bucketStart(t));
        assertThat(hourlyCross.lineX()).as("drawn on the hourly plot").isBetween(0.0,
                hourly.xyChart().getCanvas().getWidth());
        assertThat(hourlyCross.showsValue()).isFalse();
        assertThat(fiveMinCross.showsValue()).isTrue();
        assertThat(view.readouts().get(0).shown().time())
                .isEqualTo(dev.cryptotrader.app.ui.chart.crosshair.BarReadout.of(hourly.columns(),
                        hourly.columns().indexAtOrAfter(Timeframe.H1.bucketStart(t)), List.of()).time());

        // And the other way: the hourly bar at 5m resolution is the 5m bar opening with that hour.
        long hour = hourly.columns().openTime()[hourly.visibleRange().lastBar() - 2];
        robot.moveTo(onPlot(hourly, hour, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.crosshair().point().timeMillis()).isEqualTo(hour);
        assertThat(fiveMinCross.shownTime()).isEqualTo(m5.openTime()[m5.indexAtOrAfter(hour)]);
        assertThat(hourlyCross.showsValue()).isTrue();
        assertThat(fiveMinCross.showsValue()).isFalse();

        robot.moveTo(view.node().localToScreen(10, 10)); // the toolbar
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.crosshair().point()).as("hidden when the pointer leaves the panes").isNull();
    }

    @Test
    void panningOnePaneMovesTheOthersToTheSameTime(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Timeframe.H4, Timeframe.H1, Timeframe.M5));
        CandleChart hourly = view.charts().get(1);
        CandleChart fiveMin = view.charts().get(2);
        robot.clickOn(fiveMin);
        robot.type(KeyCode.LEFT, 6); // a tenth of the view each: some 90 five-minute bars back

        long moment = TimeLink.rightEdgeTime(fiveMin);
        assertThat(fiveMin.visibleRange().lastBar()).isLessThan(fiveMin.barCount() - 1);
        int hourBar = hourly.visibleRange().lastBar();
        long hourOpen = hourly.columns().openTime()[hourBar];
        assertThat(moment).as("the hourly pane's right-edge bar holds the 5m pane's right-edge moment")
                .isBetween(hourOpen, hourOpen + Timeframe.H1.millis() - 1);
        assertThat(hourBar).isLessThan(hourly.barCount() - 1);

        robot.type(KeyCode.HOME);
        assertThat(hourly.visibleRange().lastBar()).isEqualTo(hourly.barCount() - 1);
    }

    @Test
    void writesTheScreenshot(FxRobot robot) throws Exception {
        openAndWait(robot, List.of(Timeframe.H4, Timeframe.H1, Timeframe.M5));
        CandleChart fiveMin = view.charts().get(2);
        robot.interact(() -> fiveMin.showLatest(220));
        long t = fiveMin.columns().openTime()[fiveMin.visibleRange().lastBar() - 40];
        robot.moveTo(onPlot(fiveMin, t, 0.35));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.node().getScene().snapshot(null));
        Path png = Path.of("target/screenshots/mtf-view.png");
        Files.createDirectories(png.getParent());
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", png.toFile())).isTrue();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) MtfWindow.WIDTH);
        assertThat(view.crosshairPlugins()).allSatisfy(p -> assertThat(p.lineX()).isNotNaN());
    }

    private void openAndWait(FxRobot robot, List<Timeframe> timeframes) throws Exception {
        robot.interact(() -> model.open(BTC_5M, timeframes));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.panes().stream()
                .allMatch(p -> !p.barsProperty().get().isEmpty()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.charts().stream()
                .allMatch(c -> c.paintCountProperty().get() > 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D onPlot(CandleChart chart, long millis, double fraction) {
        Canvas c = chart.xyChart().getCanvas();
        return c.localToScreen(chart.timeAxis().getDisplayPosition(millis / 1000.0), c.getHeight() * fraction);
    }

    private static String css(String path) {
        return Objects.requireNonNull(MtfViewFxTest.class.getResource(path), path).toExternalForm();
    }
}
