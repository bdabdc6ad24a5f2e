package dev.cryptotrader.app.ui.chart.projection;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.projection.ProjectionLevel;
import dev.cryptotrader.charting.projection.ProjectionOverlay;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.projection.RiskReward;
import dev.cryptotrader.trading.projection.TradeIdea;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Projections on a real chart of the demo BTC/USD minutes: the keys create and nudge an idea, a drag updates the
 * ratio while it moves, the cone sits right of the latest bar; and target/screenshots/chart-projection.png.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectionFxTest {

    @TempDir
    static Path dir;

    private CandleStore store;
    private ChartViewModel model;
    private ChartView view;
    private ProjectionController projection;
    private Scene scene;

    @Start
    void start(Stage stage) {
        store = SqliteCandleStore.open(dir.resolve("demo.db"));
        DemoWorkspace.seedIfEmpty(store);
        Theme.DARK.apply();
        model = new ChartViewModel(() -> store, FxBridge.sameThread());
        view = new ChartView(model, tf -> { }, () -> { });
        projection = new ProjectionController(view.chart(), model.dataProperty());
        ProjectionCommands.register(view.commands(), projection);
        scene = new Scene(view.panes(), 1280, 720);
        scene.getStylesheets().addAll(CandleChart.stylesheet(),
                Objects.requireNonNull(getClass().getResource("/assets/css/cryptotrader.css")).toExternalForm(),
                ProjectionOverlay.stylesheet());
        stage.setScene(scene);
        stage.show();
        model.open(store.info(DemoWorkspace.BTC_1M).orElseThrow());
        view.chart().requestFocus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void altPMakesALongIdeaAtTheLatestCloseAndAltArrowsNudgeIt(FxRobot robot) throws Exception {
        waitForPaint();
        CandleChart chart = view.chart();
        double close = chart.columns().close()[chart.columns().size() - 1];

        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        TradeIdea idea = projection.idea().orElseThrow();
        assertThat(idea.entry()).isEqualTo(close);
        assertThat(idea.stop()).isLessThan(close);
        assertThat(idea.riskReward()).isInstanceOfSatisfying(RiskReward.Valid.class,
                v -> assertThat(v.ratio()).isCloseTo(2.0, within(1e-9)));
        assertThat(projection.overlay().verdictText()).startsWith("Long · R:R 2.00 · risk ");

        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT); // the target is selected
        assertThat(projection.idea().orElseThrow().target()).isGreaterThan(idea.target());
        assertThat(projection.overlay().verdictText()).startsWith("Long · R:R 2.07");
        robot.press(KeyCode.ALT, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET, KeyCode.ALT); // target → entry
        robot.press(KeyCode.ALT, KeyCode.CLOSE_BRACKET).release(KeyCode.CLOSE_BRACKET, KeyCode.ALT); // entry → stop
        assertThat(projection.overlay().selectedProperty().get()).isEqualTo(ProjectionLevel.STOP);
        for (int i = 0; i < 5; i++) { // the stop 5 ATR up, past the entry (1.5 ATR above the stop)
            robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        }
        assertThat(projection.overlay().verdictText())
                .isEqualTo("Invalid: stop above entry means short, so the target must be below entry");

        robot.press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.ALT);
        assertThat(projection.overlay().verdictText()).startsWith("Short · R:R 2.00");
        robot.press(KeyCode.ALT, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.ALT);
        assertThat(projection.idea()).isEmpty();
        assertThat(projection.overlay().isIdeaShown()).isFalse();
    }

    @Test
    void draggingTheTargetUpdatesTheRatioLive(FxRobot robot) throws Exception {
        waitForPaint();
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        double before = ((RiskReward.Valid) projection.idea().orElseThrow().riskReward()).ratio();
        var range = view.chart().visibleRange();

        robot.drag(projection.overlay().handle(ProjectionLevel.TARGET), MouseButton.PRIMARY).moveBy(0, -40);
        double during = ((RiskReward.Valid) projection.idea().orElseThrow().riskReward()).ratio();
        assertThat(projection.overlay().verdictText()).contains(String.format(java.util.Locale.ROOT, "R:R %.2f", during));
        robot.drop();

        assertThat(during).isGreaterThan(before);
        assertThat(view.chart().visibleRange()).isEqualTo(range);
    }

    @Test
    void screenshotOfALongIdeaWithTheForecastCone(FxRobot robot) throws Exception {
        waitForPaint();
        CandleChart chart = view.chart();
        robot.interact(() -> {
            chart.showLatest(110);
            chart.pan(28); // blank slots on the right for the cone
            projection.setConeBars(20);
            projection.toggleCone();
            int n = chart.columns().size();
            double close = chart.columns().close()[n - 1];
            projection.show(new TradeIdea(chart.columns().openTime()[n - 25], chart.columns().close()[n - 25],
                    chart.columns().close()[n - 25] - 6, chart.columns().close()[n - 25] + 14.1));
            assertThat(close).isPositive();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projection.overlay().isConeShown()).isTrue();
        assertThat(projection.overlay().verdictText()).startsWith("Long · R:R 2.35");

        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path png = shots.resolve("chart-projection.png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
        assertThat(png).isNotEmptyFile();
    }

    private void waitForPaint() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.data() != null
                && view.chart().paintCountProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
