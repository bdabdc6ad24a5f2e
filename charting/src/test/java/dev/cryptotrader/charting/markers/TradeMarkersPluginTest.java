package dev.cryptotrader.charting.markers;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class TradeMarkersPluginTest {

    private static final long START = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;

    private CandleChart chart;
    private TradeMarkersPlugin markers;

    @Start
    void start(Stage stage) {
        chart = new CandleChart();
        markers = TradeMarkersPlugin.attach(chart.xyChart());
        Scene scene = new Scene(chart, 1000, 560);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), TradeMarkersPlugin.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void markersSitOnTheirBarsAndFollowPanning(FxRobot robot) throws Exception {
        OhlcvColumns bars = show(robot, 400);
        TradeMarker entry = marker(0, bars, 380, TradeMarker.Direction.BUY, TradeMarker.Role.ENTRY,
                TradeMarker.Outcome.NONE);
        TradeMarker exit = marker(0, bars, 390, TradeMarker.Direction.SELL, TradeMarker.Role.EXIT,
                TradeMarker.Outcome.WIN);
        TradeMarker old = marker(1, bars, 10, TradeMarker.Direction.BUY, TradeMarker.Role.ENTRY,
                TradeMarker.Outcome.NONE);
        robot.interact(() -> markers.setMarkers(List.of(exit, old, entry)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markers.drawnMarkers()).as("the bar-10 entry is out of view").isEqualTo(2);
        Point2D before = markers.tipPosition(entry);
        double candleX = chart.timeAxis().getDisplayPosition(bars.openTime()[380] / 1000.0);
        assertThat(before.getX()).isCloseTo(candleX, within(0.01));
        assertThat(before.getY()).isCloseTo(chart.priceAxis().getDisplayPosition(entry.price()), within(0.01));

        int paints = chart.paintCountProperty().get();
        robot.interact(() -> chart.pan(-10));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > paints);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D after = markers.tipPosition(entry);
        double barWidth = chart.timeAxis().getDisplayPosition(bars.openTime()[1] / 1000.0)
                - chart.timeAxis().getDisplayPosition(bars.openTime()[0] / 1000.0);
        assertThat(after.getX() - before.getX()).isCloseTo(10 * barWidth, within(1.0));

        robot.interact(() -> chart.showLatest(400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(markers.drawnMarkers()).isEqualTo(3);
    }

    @Test
    void exitsAreColouredByOutcomeAndHoverShowsTheDescription(FxRobot robot) throws Exception {
        OhlcvColumns bars = show(robot, 200);
        TradeMarker win = marker(0, bars, 150, TradeMarker.Direction.SELL, TradeMarker.Role.EXIT,
                TradeMarker.Outcome.WIN);
        TradeMarker loss = marker(1, bars, 170, TradeMarker.Direction.SELL, TradeMarker.Role.EXIT,
                TradeMarker.Outcome.LOSS);
        robot.interact(() -> markers.setMarkers(List.of(win, loss)));
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.xyChart().getCanvas().getScene().snapshot(null));
        Color winPixel = insideSellTriangle(shot[0], win);
        Color lossPixel = insideSellTriangle(shot[0], loss);
        assertThat(winPixel.getGreen()).isGreaterThan(winPixel.getRed() + 0.3);
        assertThat(lossPixel.getRed()).isGreaterThan(lossPixel.getGreen() + 0.3);

        Point2D tip = markers.tipPosition(win);
        assertThat(markers.markerAt(tip.getX(), tip.getY() - 6)).isEqualTo(win);
        robot.moveTo(chart.xyChart().getCanvas().localToScreen(tip.getX(), tip.getY() - 6));
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup(".trade-marker-tip").queryAs(Label.class);
        assertThat(label.isVisible()).isTrue();
        assertThat(label.getText()).isEqualTo(win.description());
    }

    private Color insideSellTriangle(WritableImage scene, TradeMarker m) {
        Point2D tip = markers.tipPosition(m);
        Point2D inScene = chart.xyChart().getCanvas().localToScene(tip.getX(), tip.getY() - 6);
        return scene.getPixelReader().getColor((int) Math.round(inScene.getX()), (int) Math.round(inScene.getY()));
    }

    private static TradeMarker marker(int trade, OhlcvColumns bars, int index, TradeMarker.Direction d,
                                      TradeMarker.Role role, TradeMarker.Outcome outcome) {
        return new TradeMarker(trade, bars.openTime()[index], bars.high()[index] + 2, d, role, outcome,
                role + " trade " + trade + " at bar " + index);
    }

    private OhlcvColumns show(FxRobot robot, int n) throws Exception {
        Random r = new Random(5);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * HOUR;
            o[i] = price;
            price += r.nextGaussian();
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + 0.5;
            l[i] = Math.min(o[i], c[i]) - 0.5;
            v[i] = 1;
        }
        OhlcvColumns bars = new OhlcvColumns(t, o, h, l, c, v);
        int before = chart.paintCountProperty().get();
        robot.interact(() -> chart.setData("TEST", bars));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        return bars;
    }
}
