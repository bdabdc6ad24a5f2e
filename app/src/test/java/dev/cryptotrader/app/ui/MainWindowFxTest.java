package dev.cryptotrader.app.ui;

import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.VisibleRange;
import dev.cryptotrader.trading.port.SeriesInfo;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real app on a temporary database holding the demo workspace, driven headless through the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path dir;
    private static Path db;

    private RunningApp app;
    private MainWindow window;

    @BeforeAll
    static void seed() {
        db = RunningApp.demoDatabase(dir);
    }

    @Start
    void start(Stage stage) {
        app = RunningApp.show(db, stage, 1280, 800);
        window = app.window();
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void opensOnTheLatestCandlesOfTheRichestSeries(FxRobot robot) throws Exception {
        waitUntilLoaded();

        CandleChart chart = chart(robot);
        assertThat(chart.xyChart().getRenderers()).singleElement().isInstanceOf(CandleStickRenderer.class);
        assertThat(chart.xyChart().getRenderers().getFirst().getDatasets().getFirst().getDataCount())
                .isGreaterThan(ChartViewModel.FIRST_PAINT_BARS); // so the rest loaded after the first paint
        assertThat(chart.paintCountProperty().get()).isPositive();
        assertThat(chart.visibleRange().lastBar()).isEqualTo(chart.barCount() - 1);
        assertThat(chart.visibleRange().barCount()).isEqualTo(CandleChart.DEFAULT_VISIBLE_BARS);
        assertThat(text(robot, "#status-series")).isEqualTo("bitstamp · BTC/USD · 1m");
        assertThat(text(robot, "#status-bars")).endsWith(" bars").doesNotContain("loaded");
        assertThat(text(robot, "#status-range")).startsWith("2013-11-2").endsWith("UTC");
        assertThat(text(robot, "#status-view")).startsWith("view 2013-12-01");
    }

    @Test
    void arrowAndZoomKeysMoveTheVisibleRange(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = chart(robot);
        robot.clickOn(chart);
        VisibleRange start = chart.visibleRange();

        robot.type(KeyCode.LEFT);
        assertThat(chart.visibleRange().firstBar()).isLessThan(start.firstBar());
        robot.type(KeyCode.RIGHT);
        assertThat(chart.visibleRange().firstBar()).isEqualTo(start.firstBar());

        robot.type(KeyCode.EQUALS);
        assertThat(chart.visibleRange().slots()).isLessThan(start.slots());
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.SUBTRACT);
        assertThat(chart.visibleRange().slots()).isGreaterThan(start.slots());

        robot.type(KeyCode.LEFT, 5);
        assertThat(chart.visibleRange().lastBar()).isLessThan(chart.barCount() - 1);
        robot.type(KeyCode.HOME);
        assertThat(chart.visibleRange().lastBar()).isEqualTo(chart.barCount() - 1);
    }

    @Test
    void draggingTheChartPansAndFocusesIt(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = chart(robot);
        robot.clickOn("#series-search");
        VisibleRange start = chart.visibleRange();
        javafx.geometry.Bounds plot = chart.xyChart().getCanvas().localToScreen(
                chart.xyChart().getCanvas().getBoundsInLocal());

        robot.drag(plot.getCenterX(), plot.getCenterY(), javafx.scene.input.MouseButton.PRIMARY).moveBy(50, 0)
                .moveBy(50, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.visibleRange().lastBar()).as("with every chart feature installed, a drag still pans")
                .isLessThan(start.lastBar());
        assertThat(chart.isFocused()).as("a press on the chart gives it the keys").isTrue();
    }

    @Test
    void digitKeysSwitchTheTimeframe(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = chart(robot);
        robot.clickOn(chart);
        int minuteBars = chart.barCount();

        robot.type(KeyCode.DIGIT5);
        waitFor(() -> chart.label().contains("1h") && text(robot, "#status-series").endsWith("1h"));
        assertThat(chart.barCount()).isLessThan(minuteBars).isEqualTo(window.model().chart().data().columns().size());

        robot.type(KeyCode.NUMPAD2);
        waitFor(() -> text(robot, "#status-series").endsWith("5m"));
        assertThat(chart.label()).contains("5m");

        robot.type(KeyCode.DIGIT8);
        waitFor(() -> !text(robot, "#status-message").isEmpty() || text(robot, "#status-series").endsWith("1w"));
        if (!text(robot, "#status-series").endsWith("1w")) {
            assertThat(text(robot, "#status-message")).isEqualTo("No 1w candles stored for bitstamp BTC/USD");
        }
    }

    @Test
    void slashFocusesTheSearchAndTypingThereLeavesTheChartAlone(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = chart(robot);
        robot.clickOn(chart);
        VisibleRange before = chart.visibleRange();
        TextField search = robot.lookup("#series-search").queryAs(TextField.class);

        robot.write("/");
        waitFor(search::isFocused);
        assertThat(search.getText()).isEmpty();

        robot.write("eth 1h");
        robot.type(KeyCode.LEFT, 3);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.MINUS); // the field gets it: "eth -1h"
        assertThat(search.getText()).isEqualTo("eth -1h");
        assertThat(chart.visibleRange()).isEqualTo(before);
        robot.type(KeyCode.BACK_SPACE);
        assertThat(search.getText()).isEqualTo("eth 1h");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a wrongly opened series would have loaded by now
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().chart().data().series().key()).hasToString("bitstamp BTC/USD 1m");
        assertThat(chart.visibleRange()).isEqualTo(before);
        assertThat(chart.label()).contains("BTC/USD");
        ListView<?> list = robot.lookup("#series-list").queryAs(ListView.class);
        assertThat(list.getItems()).singleElement()
                .satisfies(item -> assertThat(((SeriesInfo) item).key()).hasToString("binanceus ETH/USD 1h"));

        robot.type(KeyCode.ENTER);
        waitFor(() -> chart.label().contains("ETH/USD") && chart.isFocused());
        robot.type(KeyCode.DIGIT1);
        waitFor(() -> text(robot, "#status-message").equals("No 1m candles stored for binanceus ETH/USD"));
    }

    @Test
    void clickingASeriesOpensItAndHandsTheKeysBackToTheChart(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = chart(robot);
        Node ethQuarterHour = robot.lookup(".series-cell").match((ListCell<?> cell) ->
                cell.getItem() instanceof SeriesInfo info && info.key().toString().equals("binanceus ETH/USD 15m"))
                .query();

        robot.clickOn(ethQuarterHour);

        waitFor(() -> chart.label().contains("ETH/USD · 15m") && chart.isFocused());
        VisibleRange opened = chart.visibleRange();
        robot.type(KeyCode.MINUS);
        assertThat(chart.visibleRange().slots()).isGreaterThan(opened.slots());
    }

    @Test
    void theStatusBarFitsA1280PixelWindowAndItsLiveTextsNeverShorten(FxRobot robot) throws Exception {
        waitUntilLoaded();
        for (String id : List.of("#status-series", "#status-bars", "#status-range", "#status-view")) {
            assertThat(shown(robot, id)).as(id + " in full").isEqualTo(text(robot, id));
        }

        // A long message takes the room: the bar count and the view, which change with every live bar, keep theirs
        // (a shortened text is measured again on every change, on the FX thread).
        robot.interact(() -> window.model().showMessage("Could not read the series: " + "very long reason ".repeat(30)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot, "#status-message")).endsWith("...");
        for (String id : List.of("#status-series", "#status-bars", "#status-view")) {
            assertThat(shown(robot, id)).as(id + " in full").isEqualTo(text(robot, id));
        }
    }

    @Test
    void controlShiftLSwitchesBetweenDarkAndLight(FxRobot robot) throws Exception {
        waitUntilLoaded();
        assertThat(window.model().themeProperty().get()).isEqualTo(Theme.DARK);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> window.model().themeProperty().get() == Theme.LIGHT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(() -> window.model().themeProperty().get() == Theme.DARK);
    }

    private void waitUntilLoaded() throws Exception {
        app.awaitLoaded();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static CandleChart chart(FxRobot robot) {
        return robot.lookup("#candle-chart").queryAs(CandleChart.class);
    }

    /** The text a label shows, which ends in "..." when it had to be shortened. */
    private static String shown(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return ((javafx.scene.text.Text) label.lookup(".text")).getText();
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return ((Label) node).getText();
    }
}
