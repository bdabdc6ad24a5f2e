package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.charting.CandleChart;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes target/screenshots/backtest-panel.png (a run: metrics, price chart with entry/exit markers, equity and
 * drawdown), backtest-compare.png (three pinned runs), backtest-sweep.png (the heat map with a cell selected) and
 * backtest-walkforward.png (folds, verdict and stitched equity), in the dark theme, from hand-built results.
 */
@ExtendWith(ApplicationExtension.class)
class BacktestScreenshotTest {

    static final Path SHOTS = Path.of("target/screenshots");

    private BacktestWindow window;
    private Stage owner;

    /** The stylesheets the main window hands the panel: the chart's and the app's. */
    static List<String> mainStylesheets() {
        return List.of(CandleChart.stylesheet(), Objects.requireNonNull(BacktestScreenshotTest.class
                .getResource("/assets/css/cryptotrader.css")).toExternalForm());
    }

    static BacktestWindow open(FxRobot robot, BacktestViewModel model) {
        BacktestWindow[] w = new BacktestWindow[1];
        robot.interact(() -> {
            Theme.DARK.apply();
            w[0] = new BacktestWindow(model, mainStylesheets(), (kind, name, owner) -> null);
            w[0].show(null, FakeBacktestService.BTC_4H);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return w[0];
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.close();
            }
        });
    }

    @Test
    void panelComparisonSweepAndWalkForward(FxRobot robot) throws Exception {
        BacktestViewModel model = new BacktestViewModel(new FakeBacktestService(), FakeBacktestService::series,
                () -> BacktestViewModelTest.FEES, new BacktestViewModelTest.RecordingExporter(), FxBridge.sameThread());
        window = open(robot, model);
        BacktestView view = window.view();
        for (String fast : List.of("6", "20", "10")) {
            robot.interact(() -> {
                model.form().parameter("fast").orElseThrow().value().set(fast);
                model.run();
                model.pin();
            });
        }
        CandleChart price = view.results().priceChart();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> price.paintCountProperty().get() > 0);
        settle();
        assertThat(view.results().markers().drawnMarkers()).isGreaterThan(4);
        BufferedImage panel = shot(robot, "backtest-panel.png");
        assertThat(luminance(panel.getRGB(5, panel.getHeight() - 5))).as("dark theme").isLessThan(60);

        robot.interact(() -> view.tabs().getSelectionModel().select(2));
        settle();
        shot(robot, "backtest-compare.png");
        assertThat(view.compare().equityChart().curves()).hasSize(3);

        robot.interact(() -> {
            ParameterField f = model.form().parameter("fast").orElseThrow();
            f.sweepFrom().set("4");
            f.sweepTo().set("24");
            f.sweepStep().set("2");
            ParameterField s = model.form().parameter("slow").orElseThrow();
            s.sweepFrom().set("20");
            s.sweepTo().set("90");
            s.sweepStep().set("10");
            model.runSweep();
        });
        settle();
        robot.interact(() -> view.sweep().heatMap().select(4, 3));
        settle();
        shot(robot, "backtest-sweep.png");
        assertThat(view.sweep().heatMap().dataProperty().get().columns()).isEqualTo(11);

        robot.interact(model::runWalkForward);
        settle();
        shot(robot, "backtest-walkforward.png");
        assertThat(view.walkForward().ratioLabel().getText()).contains("0.58");
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private BufferedImage shot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.view().root().getScene().snapshot(null));
        Files.createDirectories(SHOTS);
        Path png = SHOTS.resolve(name);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        assertThat(ImageIO.write(buffered, "png", png.toFile())).isTrue();
        assertThat(buffered.getWidth()).isEqualTo((int) BacktestWindow.WIDTH);
        return buffered;
    }

    static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
