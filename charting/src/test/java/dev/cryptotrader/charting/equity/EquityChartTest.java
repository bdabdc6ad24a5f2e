package dev.cryptotrader.charting.equity;

import dev.cryptotrader.charting.CandleChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class EquityChartTest {

    private static final long START = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;

    private EquityChart chart;

    @Start
    void start(Stage stage) {
        chart = new EquityChart();
        Scene scene = new Scene(chart, 900, 500);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), EquityChart.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void fitsBothCurvesAndShowsTheirDrawdownsBelowZero(FxRobot robot) {
        EquityCurve a = walk("sma-cross(fast=20, slow=100)", 500, 10_000, 1);
        EquityCurve b = walk("buy and hold", 500, 10_000, 2);
        robot.interact(() -> chart.setCurves(List.of(a, b)));
        WaitForAsyncUtils.waitForFxEvents();

        DefaultNumericAxis value = (DefaultNumericAxis) chart.equityPane().getYAxis();
        double low = Math.min(min(a.values()), min(b.values()));
        double high = Math.max(max(a.values()), max(b.values()));
        assertThat(value.getMin()).isLessThan(low);
        assertThat(value.getMax()).isGreaterThan(high);
        DefaultNumericAxis dd = (DefaultNumericAxis) chart.drawdownPane().getYAxis();
        assertThat(dd.getMax()).isBetween(0.0, 1.0);
        double deepest = Math.min(min(chart.drawdownCurves().get(0).values()),
                min(chart.drawdownCurves().get(1).values()));
        assertThat(deepest).isNegative();
        assertThat(dd.getMin()).isLessThan(deepest);
        DefaultNumericAxis time = (DefaultNumericAxis) chart.equityPane().getXAxis();
        assertThat(time.getMin()).isEqualTo(START / 1000.0);
        assertThat(time.getMax()).isEqualTo((START + 499 * HOUR) / 1000.0);
        assertThat(chart.legendTexts()).hasSize(2);
        assertThat(chart.legendTexts().get(0)).startsWith("■ sma-cross(fast=20, slow=100)").endsWith(
                String.format(java.util.Locale.ENGLISH, "%,.2f", a.last()));
        assertThat(chart.lastFramePoints()).as("both curves drawn").isGreaterThan(900);
    }

    @Test
    void aMillionPointsAreDrawnPerPixelColumn(FxRobot robot) {
        EquityCurve big = walk("big", 1_000_000, 10_000, 3);
        robot.interact(() -> chart.setCurves(List.of(big)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.lastFramePoints()).isPositive().isLessThanOrEqualTo(900);
    }

    @Test
    void wheelZoomsTimeDragPansAndDoubleClickShowsAllAgain(FxRobot robot) throws Exception {
        robot.interact(() -> chart.setCurves(List.of(walk("a", 1000, 5_000, 4))));
        WaitForAsyncUtils.waitForFxEvents();
        DefaultNumericAxis time = (DefaultNumericAxis) chart.equityPane().getXAxis();
        DefaultNumericAxis ddTime = (DefaultNumericAxis) chart.drawdownPane().getXAxis();
        double span = time.getMax() - time.getMin();
        Point2D centre = centreOfPlot();

        robot.moveTo(centre).scroll(3, VerticalDirection.DOWN); // Monocle reports this as a positive delta: zoom in
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> time.getMax() - time.getMin() < span * 0.9);
        assertThat(ddTime.getMin()).as("drawdown follows").isEqualTo(time.getMin());
        double before = time.getMin();
        robot.drag(centre, MouseButton.PRIMARY).moveBy(120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(time.getMin()).as("dragging right shows earlier times").isLessThan(before);

        robot.moveTo(centre).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(time.getMax() - time.getMin()).isEqualTo(span);
    }

    @Test
    void hoveringShowsTheValuesAtThatTime(FxRobot robot) {
        EquityCurve a = walk("a", 100, 1_000, 5);
        robot.interact(() -> chart.setCurves(List.of(a)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(centreOfPlot());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.legendTexts()).hasSize(2);
        assertThat(chart.legendTexts().getFirst()).matches("\\d+ \\w{3} \\d{4} \\d\\d:\\d\\d");
    }

    private Point2D centreOfPlot() {
        var canvas = chart.equityPane().getCanvas();
        return canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    static EquityCurve walk(String name, int n, double start, long seed) {
        Random r = new Random(seed);
        long[] t = new long[n];
        double[] v = new double[n];
        double x = start;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * HOUR;
            x *= 1 + (r.nextGaussian() * 0.01 / Math.sqrt(n / 500.0) + 0.2 / n);
            v[i] = x;
        }
        return new EquityCurve(name, t, v);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElseThrow();
    }
}
