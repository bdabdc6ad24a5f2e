package dev.cryptotrader.charting;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.axes.spi.TickMark;
import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CandleChartTest {

    private CandleChart chart;

    @Start
    void start(Stage stage) {
        chart = new CandleChart();
        Scene scene = new Scene(chart, 1000, 560);
        scene.getStylesheets().add(CandleChart.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void drawsCandlesAndOpensOnTheLatestBars(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(2000, TestBars.START, 60_000, 7));

        assertThat(chart.xyChart().getRenderers()).singleElement().isInstanceOf(CandleStickRenderer.class);
        assertThat(chart.xyChart().getRenderers().getFirst().getDatasets()).singleElement()
                .satisfies(ds -> assertThat(ds.getDataCount()).isEqualTo(2000));
        VisibleRange r = chart.visibleRange();
        assertThat(r.lastBar()).isEqualTo(1999);
        assertThat(r.barCount()).isEqualTo(CandleChart.DEFAULT_VISIBLE_BARS);
        DefaultNumericAxis price = (DefaultNumericAxis) chart.xyChart().getYAxis();
        assertThat(price.getMin()).isLessThan(lowestVisibleLow());
        assertThat(price.getMax()).isGreaterThan(highestVisibleHigh());
    }

    @Test
    void zoomedAllTheWayOutItDrawsOneMergedCandlePerPixelColumn(FxRobot robot) throws Exception {
        OhlcvColumns bars = TestBars.walk(200_000, TestBars.START, 60_000, 9);
        show(robot, bars);
        assertThat(renderer().aggregatedColumns()).as("150 bars: drawn one by one").isZero();

        int before = chart.paintCountProperty().get();
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                chart.zoom(0.5);
            }
            chart.jumpToLatest();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();

        VisibleRange r = chart.visibleRange();
        assertThat(r.firstBar()).isZero();
        assertThat(r.lastBar()).isEqualTo(199_999);
        PixelAggregation drawn = renderer().aggregation();
        int columns = renderer().aggregatedColumns();
        assertThat(columns).isPositive().isLessThanOrEqualTo((int) Math.ceil(chart.plotWidth()));
        assertThat(drawn.size()).isEqualTo(columns);
        assertThat(drawn.firstBar(0)).isZero();
        assertThat(drawn.lastBar(columns - 1)).isEqualTo(199_999);
        // What was drawn is exactly the aggregation of all bars into that many columns.
        PixelAggregation expected = PixelAggregation.of(bars, 0, 199_999, columns);
        for (int b = 0; b < columns; b++) {
            assertThat(drawn.high(b)).isEqualTo(expected.high(b));
            assertThat(drawn.low(b)).isEqualTo(expected.low(b));
            assertThat(drawn.open(b)).isEqualTo(expected.open(b));
            assertThat(drawn.close(b)).isEqualTo(expected.close(b));
        }
        double maxHigh = java.util.Arrays.stream(bars.high()).max().orElseThrow();
        double minLow = java.util.Arrays.stream(bars.low()).min().orElseThrow();
        double drawnHigh = Double.NEGATIVE_INFINITY;
        double drawnLow = Double.POSITIVE_INFINITY;
        for (int b = 0; b < columns; b++) {
            drawnHigh = Math.max(drawnHigh, drawn.high(b));
            drawnLow = Math.min(drawnLow, drawn.low(b));
        }
        assertThat(drawnHigh).isEqualTo(maxHigh);
        assertThat(drawnLow).isEqualTo(minLow);
        DefaultNumericAxis price = (DefaultNumericAxis) chart.xyChart().getYAxis();
        assertThat(price.getMin()).isLessThan(minLow);
        assertThat(price.getMax()).isGreaterThan(maxHigh);
        snapshot(Path.of("target/screenshots/candle-chart-zoomed-out.png"));

        int zoomedIn = chart.paintCountProperty().get();
        robot.interact(() -> chart.showLatest(150));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > zoomedIn);
        assertThat(renderer().aggregatedColumns()).as("zoomed back in: bars drawn one by one").isZero();
    }

    /**
     * ChartFX's stylesheet gives tick labels a transparent stroke; a stroked Text measures itself from its glyph
     * outlines, which on a streaming chart cost the FX thread a FreeType call per glyph every time the labels change.
     */
    @Test
    void tickLabelsAreMeasuredFromTheirTextLayoutNotTheirGlyphOutlines(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(2000, TestBars.START, 60_000, 7));

        for (DefaultNumericAxis axis : List.of(chart.priceAxis(), chart.timeAxis())) {
            var style = axis.getTickLabelStyle();
            assertThat(style.getStroke()).as("ChartFX's stroke, which it only draws when not transparent")
                    .isEqualTo(javafx.scene.paint.Color.TRANSPARENT);
            assertThat(style.getStrokeType()).as("a stroke inside the glyphs takes the text-layout bounds")
                    .isEqualTo(javafx.scene.shape.StrokeType.INSIDE);
            assertThat(axis.getTickMarks()).isNotEmpty().allSatisfy(t -> assertThat(t.getWidth()).isPositive());
        }
    }

    private PaintAwareCandleRenderer renderer() {
        return (PaintAwareCandleRenderer) chart.xyChart().getRenderers().getFirst();
    }

    @Test
    void panZoomAndJumpChangeTheVisibleBars(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(2000, TestBars.START, 60_000, 7));
        VisibleRange start = chart.visibleRange();

        robot.interact(() -> chart.pan(-50));
        assertThat(chart.visibleRange().firstBar()).isEqualTo(start.firstBar() - 50);
        robot.interact(() -> chart.zoom(2));
        assertThat(chart.visibleRange().slots()).isLessThan(start.slots());
        robot.interact(() -> chart.zoom(0.25));
        assertThat(chart.visibleRange().slots()).isGreaterThan(start.slots());
        robot.interact(chart::jumpToLatest);
        assertThat(chart.visibleRange().lastBar()).isEqualTo(1999);
    }

    @Test
    void moreHistoryKeepsTheSameBarsInView(FxRobot robot) throws Exception {
        OhlcvColumns all = TestBars.walk(3000, TestBars.START, 60_000, 3);
        OhlcvColumns latest = slice(all, 2000, 3000);
        show(robot, latest);
        robot.interact(() -> chart.pan(-30));
        long shownFrom = chart.visibleRange().fromTime();

        robot.interact(() -> chart.updateData(all));

        assertThat(chart.barCount()).isEqualTo(3000);
        assertThat(chart.visibleRange().fromTime()).isEqualTo(shownFrom);
    }

    @Test
    void liveBarsMoveTheNewestCandleInPlaceAndTheViewFollowsNewBars(FxRobot robot) throws Exception {
        OhlcvColumns loaded = TestBars.walk(2000, TestBars.START, 60_000, 4);
        show(robot, loaded);
        OhlcvBuffer live = new OhlcvBuffer(loaded);
        long last = loaded.openTime()[1999];

        robot.interact(() -> {
            live.put(last, 800, 900, 700, 850, 1);
            chart.updateData(live.view());
        });
        assertThat(columns().close()[1999]).isEqualTo(850);
        assertThat(chart.visibleRange().lastBar()).isEqualTo(1999);

        robot.interact(() -> {
            for (int i = 1; i <= 40; i++) { // more new bars than the blank margin on the right holds
                live.put(last + i * 60_000L, 850, 860, 840, 855, 1);
                chart.updateData(live.view());
            }
        });
        assertThat(chart.barCount()).isEqualTo(2040);
        assertThat(chart.visibleRange().lastBar()).as("the view follows the newest bar").isEqualTo(2039);

        robot.interact(() -> chart.pan(-100));
        int lookingAt = chart.visibleRange().lastBar();
        robot.interact(() -> {
            live.put(last + 41 * 60_000L, 855, 870, 850, 860, 1);
            chart.updateData(live.view());
        });
        assertThat(chart.visibleRange().lastBar()).as("panned back in history: the view stays put")
                .isEqualTo(lookingAt);
    }

    @Test
    void timeAxisLabelsAreUtcDates(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(2000, TestBars.START, 3_600_000, 5)); // hourly, so days change on screen
        DefaultNumericAxis time = (DefaultNumericAxis) chart.xyChart().getXAxis();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !time.getTickMarks().isEmpty());
        List<TickMark> ticks = time.getTickMarks();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);
        assertThat(ticks).anySatisfy(t -> assertThat(t.getText())
                .startsWith(dayMonth.format(Instant.ofEpochSecond((long) t.getValue()))));
        snapshot(Path.of("target/screenshots/candle-chart.png"));
    }

    @Test
    void dataCanChangeRightAfterALayoutOutsideAPulse(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(500, TestBars.START, 60_000, 1));
        OhlcvColumns more = TestBars.walk(800, TestBars.START, 60_000, 2);

        // A layout outside a pulse (as in Stage.show or Scene.snapshot) leaves the chart's datasets read-locked until
        // the next pulse; new data on the FX thread before that pulse must not wait for them.
        // Paints are counted from before the change, on the FX thread: read afterwards, on this thread, the pulse
        // that paints the change may already have passed.
        var changed = WaitForAsyncUtils.asyncFx(() -> {
            chart.setData("BTC/USD 1m", TestBars.walk(600, TestBars.START, 60_000, 3));
            chart.getScene().getRoot().applyCss();
            chart.getScene().getRoot().layout();
            int paintsBefore = chart.paintCountProperty().get();
            chart.updateData(more);
            return new int[] {chart.barCount(), paintsBefore};
        });

        int[] result = changed.get(5, TimeUnit.SECONDS);
        assertThat(result[0]).isEqualTo(800);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > result[1]);
    }

    @Test
    void draggingThePlotPansAndTheWheelZooms(FxRobot robot) throws Exception {
        show(robot, TestBars.walk(2000, TestBars.START, 60_000, 7));
        VisibleRange before = chart.visibleRange();
        javafx.geometry.Bounds plot = chart.xyChart().getCanvas().localToScreen(
                chart.xyChart().getCanvas().getBoundsInLocal());
        double y = plot.getCenterY();

        robot.drag(plot.getCenterX(), y, javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(chart.visibleRange().lastBar()).as("dragging right shows older bars")
                .isLessThan(before.lastBar());
        assertThat(chart.visibleRange().slots()).isEqualTo(before.slots());

        int slots = chart.visibleRange().slots();
        robot.moveTo(plot.getCenterX(), y).scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.visibleRange().slots()).as("the wheel zooms").isNotEqualTo(slots);
    }

    private void show(FxRobot robot, OhlcvColumns bars) throws Exception {
        int before = chart.paintCountProperty().get();
        robot.interact(() -> chart.setData("BTC/USD 1m", bars));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> chart.paintCountProperty().get() > before);
    }

    private double lowestVisibleLow() {
        return columns().low()[chart.visibleRange().firstBar()];
    }

    private double highestVisibleHigh() {
        return columns().high()[chart.visibleRange().lastBar()];
    }

    private OhlcvColumns columns() {
        return ((CandleDataSet) chart.xyChart().getRenderers().getFirst().getDatasets().getFirst()).columns();
    }

    private static OhlcvColumns slice(OhlcvColumns c, int from, int to) {
        return new OhlcvColumns(java.util.Arrays.copyOfRange(c.openTime(), from, to),
                java.util.Arrays.copyOfRange(c.open(), from, to), java.util.Arrays.copyOfRange(c.high(), from, to),
                java.util.Arrays.copyOfRange(c.low(), from, to), java.util.Arrays.copyOfRange(c.close(), from, to),
                java.util.Arrays.copyOfRange(c.volume(), from, to));
    }

    private void snapshot(Path png) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> chart.getScene().snapshot(null)));
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(png.getParent());
        ImageIO.write(out, "png", png.toFile());
    }
}
