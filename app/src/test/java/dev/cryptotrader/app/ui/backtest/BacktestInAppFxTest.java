package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.RunningApp;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.markers.TradeMarkersPlugin;
import dev.cryptotrader.trading.backtest.BacktestResult;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel inside the real app on the demo workspace (real 2013 Bitstamp BTC trades made into bars): Ctrl+B opens it
 * on the series on screen, Enter runs the real engine on the stored bars, and its trades go onto the main chart.
 * Writes target/screenshots/backtest-app.png, backtest-app-sweep.png and backtest-app-walkforward.png.
 */
@ExtendWith(ApplicationExtension.class)
class BacktestInAppFxTest {

    static final Path SHOTS = Path.of("target/screenshots");

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
    void ctrlBRunsTheRealEngineOnTheSeriesOnScreenAndMarksItsTradesOnTheMainChart(FxRobot robot) throws Exception {
        app.awaitLoaded();
        CandleChart main = robot.lookup("#candle-chart").queryAs(CandleChart.class);
        robot.clickOn(main);
        assertThat(window.backtestWindow()).as("nothing of the panel is built before it is asked for").isNull();
        robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.backtestWindow() != null);
        BacktestWindow panel = window.backtestWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> panel.isShowing()
                && panel.model().form().series().get() != null && panel.model().form().strategy().get() != null);
        BacktestViewModel model = panel.model();
        assertThat(model.form().series().get().key()).isEqualTo(window.model().chart().data().series().key());
        assertThat(model.strategies()).extracting(StrategySpec::id)
                .contains("sma-cross", "rsi-reversion", "donchian-breakout", "mtf-sma-trend");

        robot.interact(() -> {
            model.form().strategy().set(model.strategies().stream().filter(s -> s.id().equals("sma-cross"))
                    .findFirst().orElseThrow());
            model.form().parameter("fast").orElseThrow().value().set("10");
            model.form().parameter("slow").orElseThrow().value().set("60");
        });
        robot.interact(model::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.resultProperty().get() != null);
        BacktestResult result = model.resultProperty().get();
        assertThat(result.label()).startsWith("sma-cross(fast=10, slow=60");
        assertThat(result.trades()).isNotEmpty();
        assertThat(result.metrics().fees()).as("fees are always in").isPositive();
        assertThat(result.tape().size()).isEqualTo(window.model().chart().data().series().barCount());

        robot.interact(() -> robot.lookup("#backtest-show-on-chart").queryButton().fire());
        TradeMarkersPlugin markers = main.xyChart().getPlugins().stream().filter(TradeMarkersPlugin.class::isInstance)
                .map(TradeMarkersPlugin.class::cast).findFirst().orElseThrow();
        assertThat(markers.markers()).as("an entry and an exit marker per trade")
                .hasSize(2 * result.trades().size());
        shot(robot, panel.view().root().getScene(), "backtest-app.png");

        robot.interact(() -> {
            ParameterField fast = model.form().parameter("fast").orElseThrow();
            fast.sweepFrom().set("5");
            fast.sweepTo().set("30");
            fast.sweepStep().set("5");
            ParameterField slow = model.form().parameter("slow").orElseThrow();
            slow.sweepFrom().set("40");
            slow.sweepTo().set("120");
            slow.sweepStep().set("20");
            model.runSweep();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.sweepProperty().get() != null);
        assertThat(model.sweepProperty().get().rows()).hasSize(6 * 5);
        robot.interact(() -> panel.view().tabs().getSelectionModel().select(panel.view().tabs().getTabs().stream()
                .filter(t -> t.getText().toLowerCase().contains("sweep")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        shot(robot, panel.view().root().getScene(), "backtest-app-sweep.png");

        robot.interact(() -> {
            model.form().trainLength().set("2000");
            model.form().testLength().set("500");
            model.form().stepLength().set("500");
            model.form().optimise().set(true);
            model.runWalkForward();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.walkForwardProperty().get() != null);
        WalkForwardView wf = model.walkForwardProperty().get();
        int bars = result.tape().size();
        assertThat(wf.folds()).hasSize((bars - 2000) / 500);
        assertThat(wf.equity()).hasSize(wf.folds().size() * 500);
        robot.interact(() -> panel.view().tabs().getSelectionModel().select(panel.view().tabs().getTabs().stream()
                .filter(t -> t.getText().toLowerCase().contains("walk")).findFirst().orElseThrow()));
        shot(robot, panel.view().root().getScene(), "backtest-app-walkforward.png");
    }

    private static void shot(FxRobot robot, Scene scene, String name) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Files.createDirectories(SHOTS);
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", SHOTS.resolve(name).toFile()))
                .isTrue();
    }
}
