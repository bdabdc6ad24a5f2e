package dev.cryptotrader.charting.projection;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.VisibleRange;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class ProjectionOverlayTest {

    private static final long START = 1_385_337_600_000L;
    private static final long MINUTE = 60_000L;

    private CandleChart chart;
    private ProjectionOverlay overlay;

    @Start
    void start(Stage stage) {
        chart = new CandleChart();
        overlay = new ProjectionOverlay(chart);
        chart.xyChart().getPlugins().add(overlay);
        Scene scene = new Scene(chart, 1000, 560);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), ProjectionOverlay.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void draggingTheStopMovesItAndNotTheChart(FxRobot robot) throws Exception {
        OhlcvColumns bars = show(robot, 500);
        long ideaTime = bars.openTime()[450];
        double close = bars.close()[499];
        robot.interact(() -> {
            overlay.showIdea(ideaTime, close, close - 10, close + 20);
            overlay.setVerdict("R:R 2.00", true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        VisibleRange before = chart.visibleRange();
        double stopBefore = overlay.level(ProjectionLevel.STOP).get();

        robot.drag(overlay.handle(ProjectionLevel.STOP), MouseButton.PRIMARY).moveBy(0, 30).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(overlay.level(ProjectionLevel.STOP).get()).isLessThan(stopBefore - 1);
        assertThat(overlay.level(ProjectionLevel.ENTRY).get()).isEqualTo(close);
        assertThat(overlay.selectedProperty().get()).isEqualTo(ProjectionLevel.STOP);
        assertThat(chart.visibleRange()).isEqualTo(before);
        assertThat(chart.isFocused()).isTrue();

        robot.drag(chart.localToScreen(150, 60), MouseButton.PRIMARY).moveBy(40, 0).drop(); // elsewhere it pans
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.visibleRange()).isNotEqualTo(before);
    }

    @Test
    void zonesSpanEntryToTargetAndEntryToStopAndHideWhenInvalid(FxRobot robot) throws Exception {
        OhlcvColumns bars = show(robot, 300);
        double close = bars.close()[299];
        robot.interact(() -> {
            overlay.showIdea(bars.openTime()[280], close, close - 5, close + 15);
            overlay.setVerdict("R:R 3.00", true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle reward = robot.lookup(".projection-reward").queryAs(Rectangle.class);
        Rectangle risk = robot.lookup(".projection-risk").queryAs(Rectangle.class);

        assertThat(reward.isVisible()).isTrue();
        assertThat(reward.getHeight()).isCloseTo(3 * risk.getHeight(), within(1.0));
        assertThat(reward.getY() + reward.getHeight()).isCloseTo(risk.getY(), within(0.5)); // they meet at entry
        assertThat(reward.getX()).isLessThan(reward.getX() + reward.getWidth());

        robot.interact(() -> overlay.setVerdict("Invalid: target on the wrong side", false));
        assertThat(reward.isVisible()).isFalse();
        assertThat(risk.isVisible()).isFalse();
        assertThat(robot.lookup("#projection-verdict").queryLabeled().getText())
                .isEqualTo("Invalid: target on the wrong side");
        assertThat(robot.lookup("#projection-verdict").queryLabeled().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("invalid"));
    }

    @Test
    void theConeStartsAtTheLatestBarAndWidensToTheRight(FxRobot robot) throws Exception {
        OhlcvColumns bars = show(robot, 300);
        double c = bars.close()[299];
        double[] up1 = {c, c + 1, c + 1.41};
        double[] lo1 = {c, c - 1, c - 1.41};
        double[] up2 = {c, c + 2, c + 2.83};
        double[] lo2 = {c, c - 2, c - 2.83};
        robot.interact(() -> {
            chart.pan(10); // blank slots right of the latest bar
            overlay.showCone(new ConeGeometry(bars.openTime()[299], MINUTE, c, up1, lo1, up2, lo2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Polygon outer = robot.lookup(".projection-cone-outer").queryAs(Polygon.class);

        double x0 = outer.getPoints().get(0);
        double x2 = outer.getPoints().get(4);
        double latestX = chart.xyChart().getCanvas().localToScene(
                chart.timeAxis().getDisplayPosition(bars.openTime()[299] / 1000.0), 0).getX();
        assertThat(outer.localToScene(x0, 0).getX()).isCloseTo(latestX, within(0.5));
        assertThat(x2).isGreaterThan(x0);
        double width2 = outer.getPoints().get(7) - outer.getPoints().get(5); // lower minus upper y at k = 2
        assertThat(width2).isPositive();
        assertThat(robot.lookup(".projection-cone-tag").<Node>queryAll()).hasSize(4).allMatch(Node::isVisible);

        robot.interact(overlay::hideCone);
        assertThat(outer.isVisible()).isFalse();
    }

    private OhlcvColumns show(FxRobot robot, int n) throws Exception {
        OhlcvColumns bars = walk(n);
        int before = chart.paintCountProperty().get();
        robot.interact(() -> chart.setData("TEST", bars));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        return bars;
    }

    private static OhlcvColumns walk(int n) {
        Random r = new Random(3);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 1000;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * MINUTE;
            o[i] = price;
            price += r.nextGaussian() * 2;
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + r.nextDouble();
            l[i] = Math.min(o[i], c[i]) - r.nextDouble();
            v[i] = 1;
        }
        return new OhlcvColumns(t, o, h, l, c, v);
    }
}
