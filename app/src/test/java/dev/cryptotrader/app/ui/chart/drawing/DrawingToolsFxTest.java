package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingKind;
import javafx.geometry.Point2D;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.cryptotrader.app.ui.chart.drawing.DrawingRig.BTC_1M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every drawing tool driven through mouse and keys on the real chart, stored in a real SQLite file. */
@ExtendWith(ApplicationExtension.class)
class DrawingToolsFxTest {

    static final Map<DrawingKind, KeyCode> KEYS = Map.of(DrawingKind.TREND_LINE, KeyCode.T,
            DrawingKind.HORIZONTAL_LINE, KeyCode.H, DrawingKind.VERTICAL_LINE, KeyCode.V, DrawingKind.RAY, KeyCode.R,
            DrawingKind.RECTANGLE, KeyCode.B, DrawingKind.FIB_RETRACEMENT, KeyCode.F, DrawingKind.TEXT_NOTE,
            KeyCode.N);

    @TempDir
    Path dir;
    private Stage stage;
    private DrawingRig rig;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    private DrawingRig open(FxRobot robot, dev.cryptotrader.trading.domain.SeriesKey key, long step)
            throws Exception {
        if (rig != null) {
            rig.close();
        }
        rig = DrawingRig.show(robot, stage, dir.resolve("chart.db"), key, DrawingRig.bars(600, step, 11), 1000, 600);
        return rig;
    }

    static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).press(key).release(key).release(KeyCode.ALT);
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys);
        robot.release(keys).release(KeyCode.CONTROL);
    }

    private List<Drawing> stored() {
        return rig.drawingStore.list(SymbolKey.of(BTC_1M));
    }

    /** Price per pixel of the visible axis, for tolerances of a click. */
    private double pixelPrice() {
        return (rig.chart().priceAxis().getMax() - rig.chart().priceAxis().getMin())
                / rig.chart().xyChart().getCanvas().getHeight();
    }

    /** Creates a drawing of {@code kind} by mouse from point a (60 bars back) to b (20 bars back). */
    private Drawing create(FxRobot robot, DrawingKind kind) {
        long ta = rig.barTime(60);
        long tb = rig.barTime(20);
        double pa = rig.priceAt(0.3);
        double pb = rig.priceAt(0.7);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95))); // focus; deselects
        alt(robot, KEYS.get(kind));
        assertThat(rig.layer().toolProperty().get()).as("%s armed", kind).isNotNull();
        robot.clickOn(rig.screen(ta, pa));
        if (kind.anchorCount() == 2) {
            robot.clickOn(rig.screen(tb, pb));
        }
        if (kind == DrawingKind.TEXT_NOTE) {
            robot.write("Breakout?").type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).as("stored %s", kind).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(kind);
            assertThat(d.anchors().getFirst().time()).isEqualTo(ta);
            assertThat(d.anchors().getFirst().price().doubleValue()).isCloseTo(pa, within(3 * pixelPrice()));
            assertThat(d.anchors().getFirst().price().scale()).isLessThanOrEqualTo(2); // rounded to the cents
            if (kind.anchorCount() == 2) {
                assertThat(d.anchors().get(1).time()).isEqualTo(tb);
                assertThat(d.anchors().get(1).price().doubleValue()).isCloseTo(pb, within(3 * pixelPrice()));
            }
        });
        assertThat(rig.layer().shapes()).hasSize(1);
        return stored().getFirst();
    }

    /** A point on the body of the drawing, away from its handles. */
    private Point2D body(Drawing d) {
        Point2D a = rig.screen(d.anchors().getFirst().time(), d.anchors().getFirst().price().doubleValue());
        return switch (d.kind()) {
            case HORIZONTAL_LINE -> new Point2D(rig.screen(rig.barTime(40), 1).getX(), a.getY());
            case VERTICAL_LINE -> new Point2D(a.getX(), rig.screen(0, rig.priceAt(0.5)).getY());
            case TEXT_NOTE -> a.add(16, -7);
            default -> a.midpoint(rig.screen(d.anchors().get(1).time(), d.anchors().get(1).price().doubleValue()));
        };
    }

    @Test
    void eachToolCreatesMovesAndDeletesByMouse(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        for (DrawingKind kind : DrawingKind.values()) {
            Drawing made = create(robot, kind);
            if (kind == DrawingKind.TEXT_NOTE) {
                assertThat(made.text()).isEqualTo("Breakout?");
            }

            Point2D grab = body(made);
            robot.drag(grab, MouseButton.PRIMARY).moveBy(30, 20).moveBy(70, 20).release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            Drawing moved = stored().getFirst();
            assertThat(moved.id()).isEqualTo(made.id());
            if (kind != DrawingKind.HORIZONTAL_LINE) {
                assertThat(moved.anchors().getFirst().time()).as("%s moved right", kind)
                        .isGreaterThan(made.anchors().getFirst().time());
            }
            if (kind != DrawingKind.VERTICAL_LINE) {
                assertThat(moved.anchors().getFirst().price()).as("%s moved down", kind)
                        .isLessThan(made.anchors().getFirst().price());
            }

            robot.clickOn(body(moved));
            assertThat(rig.layer().selectedShape()).contains(made.id().toString());
            robot.type(KeyCode.DELETE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stored()).as("%s deleted", kind).isEmpty();
            assertThat(rig.layer().shapes()).isEmpty();
        }
    }

    @Test
    void aHandleDragReshapesAndDoubleClickEditsText(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        Drawing line = create(robot, DrawingKind.TREND_LINE);
        Point2D end = rig.screen(line.anchors().get(1).time(), line.anchors().get(1).price().doubleValue());
        robot.drag(end, MouseButton.PRIMARY).moveBy(0, -30).moveBy(0, -30).release(MouseButton.PRIMARY);
        Drawing reshaped = stored().getFirst();
        assertThat(reshaped.anchors().getFirst()).as("the other end stays").isEqualTo(line.anchors().getFirst());
        assertThat(reshaped.anchors().get(1).price()).isGreaterThan(line.anchors().get(1).price());

        robot.doubleClickOn(body(reshaped));
        assertThat(rig.layer().textField().isVisible()).isTrue();
        robot.write("support 1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored().getFirst().text()).isEqualTo("support 1");
        assertThat(rig.chart().isFocused()).as("focus back on the chart").isTrue();
    }

    @Test
    void drawingsSurviveARestartAndShowOnEveryTimeframe(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        Drawing line = create(robot, DrawingKind.FIB_RETRACEMENT);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        alt(robot, KeyCode.N);
        robot.clickOn(rig.screen(rig.barTime(10), rig.priceAt(0.2)));
        robot.write("note").type(KeyCode.ENTER);
        List<Drawing> before = stored();
        assertThat(before).hasSize(2);

        open(robot, BTC_1M.withTimeframe(dev.cryptotrader.trading.domain.Timeframe.M5), 300_000);
        assertThat(rig.layer().shapes()).extracting(s -> s.id())
                .containsExactly(before.get(0).id().toString(), before.get(1).id().toString());
        assertThat(rig.annotations.drawings().drawings()).isEqualTo(before);

        open(robot, BTC_1M, 60_000); // restart on the 1m chart
        assertThat(rig.annotations.drawings().drawings()).isEqualTo(before);
        assertThat(line.kind()).isEqualTo(DrawingKind.FIB_RETRACEMENT);
    }

    @Test
    void undoAndRedoByKeys(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        Drawing made = create(robot, DrawingKind.RECTANGLE);
        robot.drag(body(made), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
        Drawing moved = stored().getFirst();
        assertThat(moved.anchors()).isNotEqualTo(made.anchors());

        shortcut(robot, KeyCode.Z);
        assertThat(stored()).singleElement().satisfies(d -> assertThat(d.anchors()).isEqualTo(made.anchors()));
        shortcut(robot, KeyCode.Z);
        assertThat(stored()).isEmpty();
        assertThat(rig.layer().shapes()).isEmpty();
        shortcut(robot, KeyCode.Y);
        assertThat(stored()).singleElement().satisfies(d -> assertThat(d.anchors()).isEqualTo(made.anchors()));
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertThat(stored()).singleElement().isEqualTo(moved);
        assertThat(rig.layer().shapes()).singleElement()
                .satisfies(s -> assertThat(s.point(0).timeMillis()).isEqualTo(moved.anchors().getFirst().time()));
        assertThat(rig.annotations.messageProperty().get()).isEqualTo("Redo move rectangle");
    }

    @Test
    void escCancelsTheToolInProgressAndThenTheSelection(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        alt(robot, KeyCode.T);
        robot.clickOn(rig.screen(rig.barTime(50), rig.priceAt(0.5)));
        robot.type(KeyCode.ESCAPE);
        assertThat(rig.layer().toolProperty().get()).isNull();
        robot.clickOn(rig.screen(rig.barTime(30), rig.priceAt(0.6)));
        assertThat(stored()).as("a click after Esc draws nothing").isEmpty();

        Drawing made = create(robot, DrawingKind.HORIZONTAL_LINE);
        assertThat(rig.layer().selectedShape()).contains(made.id().toString());
        robot.type(KeyCode.ESCAPE);
        assertThat(rig.layer().selectedShape()).isEmpty();
        robot.type(KeyCode.DELETE);
        assertThat(stored()).as("Del with nothing selected deletes nothing").hasSize(1);
        alt(robot, KeyCode.PAGE_DOWN);
        assertThat(rig.layer().selectedShape()).contains(made.id().toString());
        robot.type(KeyCode.DELETE);
        assertThat(stored()).isEmpty();
    }

    @Test
    void theMagnetSnapsToTheNearestOpenHighLowOrClose(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        int bar = rig.columns.size() - 1 - 30;
        double high = rig.columns.high()[bar];
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        alt(robot, KeyCode.M);
        assertThat(rig.layer().magnetProperty().get()).isTrue();
        alt(robot, KeyCode.H);
        robot.clickOn(rig.screen(rig.barTime(30), high + 4 * pixelPrice()));
        assertThat(stored()).singleElement().satisfies(d ->
                assertThat(d.anchors().getFirst().price()).isEqualByComparingTo(BigDecimal.valueOf(high)));
    }

    @Test
    void keyboardAloneDrawsATrendLine(FxRobot robot) throws Exception {
        open(robot, BTC_1M, 60_000);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        robot.moveTo(rig.chart().localToScreen(rig.chart().getWidth() - 5, 5)); // the mouse off the plot
        int last = rig.columns.size() - 1;
        alt(robot, KeyCode.T);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.LEFT, 12);
        robot.type(KeyCode.UP, 5);
        robot.type(KeyCode.ENTER);
        assertThat(stored()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DrawingKind.TREND_LINE);
            assertThat(d.anchors().getFirst().time()).isEqualTo(rig.columns.openTime()[last]);
            assertThat(d.anchors().getFirst().price()).isEqualByComparingTo(
                    BigDecimal.valueOf(rig.columns.close()[last]));
            assertThat(d.anchors().get(1).time()).isEqualTo(rig.columns.openTime()[last - 12]);
            assertThat(d.anchors().get(1).price()).isGreaterThan(d.anchors().getFirst().price());
        });
        assertThat(rig.chart().visibleRange().lastBar()).as("the arrows did not pan").isEqualTo(last);

        robot.type(KeyCode.RIGHT, 2); // the new line is selected: arrows nudge it
        assertThat(stored().getFirst().anchors().getFirst().time()).isEqualTo(rig.columns.openTime()[last] + 120_000);
    }
}
