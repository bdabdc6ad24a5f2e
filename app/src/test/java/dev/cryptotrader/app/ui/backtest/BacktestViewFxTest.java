package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.FxBridge;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel driven like a user: keys, clicks, the engine answering on its own thread. */
@ExtendWith(ApplicationExtension.class)
class BacktestViewFxTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-backtest-background");
        t.setDaemon(true);
        return t;
    });
    private final FakeBacktestService service = new FakeBacktestService();
    private BacktestViewModel model;
    private BacktestWindow window;

    private void open(FxRobot robot) {
        model = new BacktestViewModel(service, FakeBacktestService::series, () -> BacktestViewModelTest.FEES,
                new BacktestViewModelTest.RecordingExporter(), new FxBridge(background, Platform::runLater));
        window = BacktestScreenshotTest.open(robot, model);
        waitFor(() -> model.form().strategy().get() != null && model.form().series().get() != null);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
        background.shutdownNow();
    }

    @Test
    void enterRunsAndTheMetricsAndTradesShow(FxRobot robot) {
        open(robot);
        robot.type(KeyCode.ENTER);
        waitFor(() -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup("#backtest-run-title").queryAs(Label.class);
        assertThat(title.getText()).startsWith("sma-cross(fast=10, slow=40)");
        MetricsTable metrics = window.view().results().metricsTable();
        assertThat(metrics.node().getItems()).hasSize(MetricColumn.values().length);
        assertThat(metrics.text(MetricColumn.NET_PROFIT, 0))
                .isEqualTo(MetricFormat.money(model.resultProperty().get().metrics().netProfit()));
        assertThat(robot.lookup(".metrics-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()))
                .contains("Net profit", metrics.text(MetricColumn.NET_PROFIT, 0));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.view().tabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        TableView<TradesTable.Row> trades = window.view().trades().node();
        int n = model.resultProperty().get().trades().size();
        assertThat(trades.getItems()).hasSize(n);
        TableColumn<TradesTable.Row, ?> pnl = trades.getColumns().stream().filter(c -> c.getText().equals("PnL"))
                .findFirst().orElseThrow();
        robot.clickOn(robot.lookup(".column-header").match(h -> h instanceof javafx.scene.control.skin
                .TableColumnHeader ch && ch.getTableColumn() == pnl).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        double first = trades.getItems().getFirst().trade().pnl();
        double last = trades.getItems().getLast().trade().pnl();
        assertThat(first).as("sorted by PnL, smallest first").isLessThanOrEqualTo(last);

        TradesTable.Row worst = trades.getItems().getFirst();
        robot.interact(() -> trades.getSelectionModel().select(0));
        robot.clickOn(trades).type(KeyCode.ENTER); // opens the trade on the chart
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.view().tabs().getSelectionModel().getSelectedIndex()).isZero();
        var range = window.view().results().priceChart().visibleRange();
        assertThat(range.firstBar()).isLessThan(worst.trade().entryIndex());
        assertThat(range.lastBar()).isGreaterThan(worst.trade().exitIndex());
        assertThat(range.barCount()).isLessThan(model.resultProperty().get().tape().size());
    }

    @Test
    void escapeCancelsARunningBacktest(FxRobot robot) {
        service.gate = new CountDownLatch(1);
        open(robot);
        robot.clickOn("#backtest-run");
        waitFor(() -> model.runningProperty().get());
        Button cancel = robot.lookup("#backtest-cancel").queryAs(Button.class);
        assertThat(cancel.isDisabled()).isFalse();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(robot.lookup("#backtest-status").queryAs(Label.class).getText()).isEqualTo("Cancelled");
        assertThat(window.isShowing()).as("Esc cancelled the run, it did not close the window").isTrue();
        assertThat(cancel.isDisabled()).isTrue();
        service.gate.countDown();
        sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.resultProperty().get()).as("the cancelled run's result never shows").isNull();
        assertThat(robot.lookup("#backtest-run").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aBadParameterIsNamedMarkedAndFocused(FxRobot robot) {
        open(robot);
        TextField fast = robot.lookup("#backtest-param-fast").queryAs(TextField.class);
        robot.clickOn(fast).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("abc");
        robot.clickOn("#backtest-capital"); // the focus leaves the bad field before Run
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#backtest-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Parameter fast must be a number, was 'abc'");
        assertThat(fast.getPseudoClassStates()).contains(FieldRegistry.INVALID);
        assertThat(fast.isFocused()).isTrue();
        assertThat(service.runs.get()).isZero();

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("12").type(KeyCode.ENTER);
        waitFor(() -> model.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(fast.getPseudoClassStates()).doesNotContain(FieldRegistry.INVALID);
    }

    @Test
    void clickingAHeatMapCellLoadsItsParametersIntoTheForm(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            ParameterField fast = model.form().parameter("fast").orElseThrow();
            fast.sweepFrom().set("4");
            fast.sweepTo().set("12");
            fast.sweepStep().set("4");
            ParameterField slow = model.form().parameter("slow").orElseThrow();
            slow.sweepFrom().set("30");
            slow.sweepTo().set("50");
            slow.sweepStep().set("10");
            window.view().tabs().getSelectionModel().select(4);
        });
        robot.clickOn("#backtest-run-sweep");
        waitFor(() -> model.sweepProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var heatMap = window.view().sweep().heatMap();
        assertThat(heatMap.dataProperty().get().xValues()).containsExactly(4, 8, 12);
        assertThat(heatMap.dataProperty().get().yValues()).containsExactly(30, 40, 50);
        assertThat(window.view().sweep().table().getItems()).hasSize(9);

        Point2D cell = heatMap.localToScreen(heatMap.cellCentre(2, 1)); // fast 12, slow 40
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backtest-param-fast").queryAs(TextField.class).getText()).isEqualTo("12");
        assertThat(robot.lookup("#backtest-param-slow").queryAs(TextField.class).getText()).isEqualTo("40");
        assertThat(model.statusProperty().get()).isEqualTo("Loaded fast=12, slow=40 into the form: Enter runs it");

        robot.type(KeyCode.LEFT, KeyCode.UP).type(KeyCode.ENTER); // keyboard: fast 8, slow 50
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backtest-param-fast").queryAs(TextField.class).getText()).isEqualTo("8");
        assertThat(robot.lookup("#backtest-param-slow").queryAs(TextField.class).getText()).isEqualTo("50");
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
