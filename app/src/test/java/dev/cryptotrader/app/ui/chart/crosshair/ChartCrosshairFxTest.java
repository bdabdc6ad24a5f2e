package dev.cryptotrader.app.ui.chart.crosshair;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.app.ui.chart.levels.HtfLevels;
import dev.cryptotrader.app.ui.RunningApp;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.ChartPane;
import dev.cryptotrader.charting.levels.LevelLine;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crosshair, readout and higher-timeframe levels wired into the real main window as the lead wires them, on the
 * demo workspace; writes target/screenshots/chart-crosshair.png.
 */
@ExtendWith(ApplicationExtension.class)
class ChartCrosshairFxTest {

    private static final SeriesKey BTC_15M = DemoWorkspace.BTC_1M.withTimeframe(Timeframe.M15);

    @TempDir
    static Path dir;
    private static Path db;

    private RunningApp app;
    private MainWindow window;
    private ChartCrosshair crosshair;
    private HtfLevels levels;

    @BeforeAll
    static void seed() {
        db = RunningApp.demoDatabase(dir);
    }

    @Start
    void start(Stage stage) {
        app = RunningApp.show(db, stage, MainWindow.WIDTH, MainWindow.HEIGHT);
        window = app.window();
        crosshair = window.crosshair();
        levels = window.levels();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void theReadoutShowsTheHoveredBarAsStoredWithIndicatorValuesAndLevelsShow(FxRobot robot) throws Exception {
        CandleChart chart = open15m(robot);
        robot.interact(() -> crosshair.addSource(bar -> List.of(new ReadoutSource.Item("BAR",
                Integer.toString(bar)))));
        robot.clickOn(chart);
        robot.press(KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !levels.plugin().lines().isEmpty());
        assertThat(levels.plugin().lines()).extracting(LevelLine::label).contains("PDH", "PDL", "PDC", "R", "S");

        // Not hovering: the newest bar.
        robot.moveTo("#status-series");
        WaitForAsyncUtils.waitForFxEvents();
        int last = chart.columns().size() - 1;
        assertThat(crosshair.readout().shown().time()).isEqualTo(time(chart.columns().openTime()[last]));

        int bar = chart.visibleRange().lastBar() - 25;
        long t = chart.columns().openTime()[bar];
        Canvas plot = chart.xyChart().getCanvas();
        robot.moveTo(plot.localToScreen(chart.timeAxis().getDisplayPosition(t / 1000.0), plot.getHeight() * 0.7));
        WaitForAsyncUtils.waitForFxEvents();

        // The stored candle, read independently with its exact decimals.
        Candle stored;
        try (CandleStore store = SqliteCandleStore.open(db)) {
            CandleSeries one = store.read(BTC_15M, new TimeRange(t, t + 1));
            stored = one.candle(0);
        }
        BarReadout shown = crosshair.readout().shown();
        assertThat(shown.time()).isEqualTo(time(t));
        assertThat(shown.open()).isEqualTo(twoDecimals(stored.open()));
        assertThat(shown.high()).isEqualTo(twoDecimals(stored.high()));
        assertThat(shown.low()).isEqualTo(twoDecimals(stored.low()));
        assertThat(shown.close()).isEqualTo(twoDecimals(stored.close()));
        assertThat(shown.items()).containsExactly(new ReadoutSource.Item("BAR", Integer.toString(bar)));
        assertThat(robot.from(crosshair.readoutNode()).lookup(".readout-time").queryAs(Label.class).getText())
                .isEqualTo(time(t));
        assertThat(levels.plugin().drawnSegments()).isPositive();

        Path png = Path.of("target/screenshots/chart-crosshair.png");
        Files.createDirectories(png.getParent());
        WritableImage[] shot = new WritableImage[1];
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> shot[0] = chart.getScene().snapshot(null));
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", png.toFile())).isTrue();
    }

    @Test
    void subpanesGetTheCrosshairAndTheKeyboardDrivesIt(FxRobot robot) throws Exception {
        CandleChart chart = open15m(robot);
        SubPane[] made = new SubPane[1];
        robot.interact(() -> {
            made[0] = new SubPane();
            window.view().chartView().panes().getChildren().add(made[0]);
        });
        SubPane sub = made[0];
        assertThat(crosshair.crosshairs().pluginOf(sub)).isNotNull();

        robot.clickOn(chart);
        robot.type(KeyCode.X);
        int lastVisible = chart.visibleRange().lastBar();
        assertThat(crosshair.state().point().timeMillis()).isEqualTo(chart.columns().openTime()[lastVisible]);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(crosshair.state().point().timeMillis()).isEqualTo(chart.columns().openTime()[lastVisible - 1]);
        assertThat(crosshair.readout().shown().time()).isEqualTo(time(chart.columns().openTime()[lastVisible - 1]));
        assertThat(crosshair.crosshairs().pluginOf(sub).shownTime())
                .isEqualTo(chart.columns().openTime()[lastVisible - 1]);
        robot.type(KeyCode.X);
        assertThat(crosshair.state().point()).isNull();
    }

    private CandleChart open15m(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.firstPaint().isDone());
        robot.interact(() -> window.model().selectTimeframe(Timeframe.M15));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().chart().data() != null
                && window.model().chart().data().series().key().equals(BTC_15M)
                && window.model().chart().data().complete());
        WaitForAsyncUtils.waitForFxEvents();
        return window.view().chart();
    }

    /** A subpane as indicator panes are: a ChartPane whose x axis is epoch seconds. */
    static final class SubPane extends StackPane implements ChartPane {
        private final XYChart xy = new XYChart(new DefaultNumericAxis(), new DefaultNumericAxis());

        SubPane() {
            getChildren().add(xy);
            setPrefHeight(120);
        }

        @Override
        public XYChart xyChart() {
            return xy;
        }
    }

    private static String time(long millis) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(millis));
    }

    private static String twoDecimals(java.math.BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v.setScale(2, RoundingMode.HALF_EVEN));
    }
}
