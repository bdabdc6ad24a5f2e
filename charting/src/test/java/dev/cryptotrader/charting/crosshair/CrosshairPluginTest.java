package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.ChartPane;
import dev.cryptotrader.charting.OhlcvColumns;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.ui.geometry.Side;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
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

/** The synced crosshair on a price chart and an indicator-like subpane added after it was installed. */
@ExtendWith(ApplicationExtension.class)
class CrosshairPluginTest {

    private static final long START = 1_385_337_600_000L;
    private static final long MINUTE = 60_000L;

    private final CrosshairState state = new CrosshairState();
    private CandleChart chart;
    private VBox panes;
    private PaneCrosshairs crosshairs;

    /** A subpane like an indicator's: an XYChart whose x axis is epoch seconds, kept in step with the price chart. */
    static final class DummyPane extends VBox implements ChartPane {
        final DefaultNumericAxis x = new DefaultNumericAxis();
        final DefaultNumericAxis y = new DefaultNumericAxis(0, 100, 10);
        final XYChart xy;

        DummyPane(CandleChart follow) {
            x.setAutoRanging(false);
            y.setAutoRanging(false);
            y.setSide(Side.RIGHT);
            xy = new XYChart(x, y);
            xy.getToolBar().setVisible(false);
            xy.setLegendVisible(false);
            getChildren().add(xy);
            setPrefHeight(150);
            follow.timeAxis().minProperty().addListener((o, a, b) -> sync(follow));
            follow.timeAxis().maxProperty().addListener((o, a, b) -> sync(follow));
            sync(follow);
        }

        private void sync(CandleChart follow) {
            x.set(follow.timeAxis().getMin(), follow.timeAxis().getMax());
        }

        @Override
        public XYChart xyChart() {
            return xy;
        }
    }

    @Start
    void start(Stage stage) {
        chart = new CandleChart();
        panes = new VBox(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        crosshairs = PaneCrosshairs.install(panes.getChildren(), state, chart::columns);
        Scene scene = new Scene(panes, 900, 600);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), CrosshairStyles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void hoveringThePriceChartShowsTheSameBarOnASubpaneAddedLater(FxRobot robot) throws Exception {
        OhlcvColumns bars = walk(500);
        DummyPane[] made = new DummyPane[1];
        show(robot, () -> {
            chart.setData("TEST", bars);
            made[0] = new DummyPane(chart);
            panes.getChildren().addAll(new Label("not a pane"), made[0]);
        });
        DummyPane sub = made[0];

        int bar = chart.visibleRange().lastBar() - 20;
        robot.moveTo(onPlot(chart.xyChart(), bars.openTime()[bar] / 1000.0, 0.5));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.point()).isNotNull();
        assertThat(state.point().timeMillis()).as("snapped to the bar's open time").isEqualTo(bars.openTime()[bar]);
        assertThat(state.point().pane()).isSameAs(chart);
        CrosshairPlugin pricePlugin = crosshairs.pluginOf(chart);
        CrosshairPlugin subPlugin = crosshairs.pluginOf(sub);
        assertThat(subPlugin).as("attached to the subpane added after install").isNotNull();
        assertThat(subPlugin.shownTime()).isEqualTo(bars.openTime()[bar]);
        // Each pane draws the line where its own time axis puts that bar (subpanes align their axes with the chart's).
        assertThat(subPlugin.lineX()).isCloseTo(sub.x.getDisplayPosition(bars.openTime()[bar] / 1000.0),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(pricePlugin.lineX()).isCloseTo(chart.timeAxis().getDisplayPosition(bars.openTime()[bar] / 1000.0),
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(pricePlugin.showsValue()).isTrue();
        assertThat(subPlugin.showsValue()).as("the horizontal line only where the pointer is").isFalse();
        Label valueTag = robot.from(chart).lookup("#crosshair-value-tag").queryAs(Label.class);
        assertThat(valueTag.isVisible()).isTrue();
        assertThat(Double.parseDouble(valueTag.getText().replace(",", "")))
                .isBetween(chart.priceAxis().getMin(), chart.priceAxis().getMax());

        robot.moveTo(onPlot(sub.xy, bars.openTime()[bar - 3] / 1000.0, 0.25));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.point().pane()).isSameAs(sub);
        assertThat(state.point().value()).as("the value on the subpane's axis").isBetween(70.0, 80.0);
        assertThat(pricePlugin.shownTime()).isEqualTo(bars.openTime()[bar - 3]);
        assertThat(pricePlugin.showsValue()).isFalse();
        assertThat(subPlugin.showsValue()).isTrue();

        robot.moveTo(chart.localToScreen(-30, 10));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(panes.localToScreen(panes.getWidth() + 50, 10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.point()).as("hidden when the pointer leaves").isNull();
        assertThat(pricePlugin.lineX()).isNaN();

        robot.interact(() -> panes.getChildren().remove(sub));
        assertThat(crosshairs.pluginOf(sub)).isNull();
        assertThat(sub.xy.getPlugins()).noneMatch(p -> p instanceof CrosshairPlugin);
    }

    @Test
    void theKeyboardCrosshairStepsBarByBarAndPansAtTheEdge(FxRobot robot) throws Exception {
        OhlcvColumns bars = walk(500);
        show(robot, () -> chart.setData("TEST", bars));
        KeyboardCrosshair keys = new KeyboardCrosshair(state, chart);
        int last = chart.visibleRange().lastBar();

        robot.interact(keys::toggle);
        assertThat(state.point().timeMillis()).isEqualTo(bars.openTime()[last]);
        assertThat(state.point().value()).isEqualTo(bars.close()[last]);
        robot.interact(() -> keys.step(-2));
        assertThat(state.point().timeMillis()).isEqualTo(bars.openTime()[last - 2]);

        int first = chart.visibleRange().firstBar();
        robot.interact(() -> keys.step(first - (last - 2) - 1));
        assertThat(state.point().timeMillis()).isEqualTo(bars.openTime()[first - 1]);
        assertThat(chart.visibleRange().firstBar()).as("panned to keep it in view").isEqualTo(first - 1);
        robot.interact(keys::toggle);
        assertThat(state.point()).isNull();
    }

    private void show(FxRobot robot, Runnable change) throws Exception {
        int before = chart.paintCountProperty().get();
        robot.interact(change);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen point over {@code chart}'s plot at time {@code seconds} and {@code fraction} of its height. */
    static Point2D onPlot(XYChart chart, double seconds, double fraction) {
        Canvas c = chart.getCanvas();
        double x = chart.getXAxis().getDisplayPosition(seconds);
        return c.localToScreen(x, c.getHeight() * fraction);
    }

    static OhlcvColumns walk(int n) {
        Random r = new Random(3);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double p = 800;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * MINUTE;
            o[i] = p;
            p += r.nextGaussian() * 3;
            c[i] = p;
            h[i] = Math.max(o[i], c[i]) + 1;
            l[i] = Math.min(o[i], c[i]) - 1;
            v[i] = 5;
        }
        return new OhlcvColumns(t, o, h, l, c, v);
    }
}
