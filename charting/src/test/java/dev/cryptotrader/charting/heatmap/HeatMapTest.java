package dev.cryptotrader.charting.heatmap;

import dev.cryptotrader.charting.CandleChart;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class HeatMapTest {

    private HeatMap map;
    private final List<HeatCell> activated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new HeatMap();
        map.setOnCellActivated(activated::add);
        Scene scene = new Scene(map, 700, 420);
        scene.getStylesheets().addAll(CandleChart.stylesheet(), HeatMap.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    /** fast 5..25 (5 columns) × slow 50..150 (3 rows); value = slow/10 - fast, so it straddles zero. */
    static HeatMapData grid() {
        double[] fast = {5, 10, 15, 20, 25};
        double[] slow = {50, 100, 150};
        double[][] v = new double[3][5];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 5; c++) {
                v[r][c] = slow[r] / 10 - fast[c];
            }
        }
        v[0][4] = Double.NaN;
        return new HeatMapData("fast", "slow", "Sharpe", fast, slow, v, true,
                x -> String.format(Locale.ROOT, "%.2f", x));
    }

    @Test
    void clickingACellActivatesIt(FxRobot robot) {
        robot.interact(() -> map.setData(grid()));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D centre = map.cellCentre(1, 2);
        robot.clickOn(map.localToScreen(centre));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activated).singleElement().satisfies(cell -> {
            assertThat(cell.x()).isEqualTo(10);
            assertThat(cell.y()).isEqualTo(150);
            assertThat(cell.value()).isEqualTo(5);
        });
        assertThat(map.selectedCellProperty().get()).isEqualTo(activated.getFirst());
        assertThat(map.isFocused()).isTrue();
    }

    @Test
    void arrowKeysMoveTheSelectionAndEnterActivatesIt(FxRobot robot) {
        robot.interact(() -> {
            map.setData(grid());
            map.requestFocus();
        });
        robot.type(KeyCode.RIGHT); // first key selects the bottom-left cell
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.UP, KeyCode.UP, KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activated).singleElement().satisfies(cell -> {
            assertThat(cell.column()).isEqualTo(2);
            assertThat(cell.row()).as("clamped to the top row").isEqualTo(2);
            assertThat(cell.x()).isEqualTo(15);
        });
    }

    @Test
    void hoverNamesTheCellAndColoursRunFromBadToGood(FxRobot robot) {
        robot.interact(() -> map.setData(grid()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(map.localToScreen(map.cellCentre(0, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.readout()).isEqualTo("fast = 5, slow = 150  →  Sharpe 10.00");

        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        Color best = pixel(shot[0], map.cellCentre(0, 2));
        Color worst = pixel(shot[0], map.cellCentre(3, 0));
        assertThat(best.getGreen()).isGreaterThan(best.getRed());
        assertThat(worst.getRed()).isGreaterThan(worst.getGreen());
    }

    @Test
    void layoutFindsCellsWithRowZeroAtTheBottom() {
        HeatMapLayout l = HeatMapLayout.of(500, 300, 4, 2);
        double cw = l.cellWidth();
        assertThat(l.cellAt(l.left() + 0.5, l.bottom() - 1)).containsExactly(0, 0);
        assertThat(l.cellAt(l.left() + cw * 3.5, l.top() + 1)).containsExactly(3, 1);
        assertThat(l.cellAt(l.left() - 1, l.top() + 1)).isNull();
        assertThat(l.cellAt(l.right(), l.top() + 1)).isNull();
    }

    @Test
    void colourScaleIsCentredOnZeroWhenValuesStraddleIt() {
        assertThat(HeatMapColours.position(0, -2, 8, true)).isEqualTo(0.5);
        assertThat(HeatMapColours.position(-2, -2, 8, true)).isZero();
        assertThat(HeatMapColours.position(8, -2, 8, true)).isEqualTo(1);
        assertThat(HeatMapColours.position(4, -2, 8, true)).isCloseTo(0.75, within(1e-12));
        assertThat(HeatMapColours.position(15, 10, 20, true)).isCloseTo(0.5, within(1e-12));
        assertThat(HeatMapColours.position(0.1, 0.1, 0.4, false)).as("lower is better").isEqualTo(1);
        assertThat(HeatMapColours.position(Double.NaN, 0, 1, true)).isNaN();
    }

    @Test
    void dataRefusesMismatchedShapes() {
        assertThatThrownBy(() -> new HeatMapData("a", "b", "m", new double[2], new double[1], new double[2][2], true,
                Double::toString)).hasMessageContaining("1 b values but 2 rows");
        assertThat(HeatMapData.parameterText(20)).isEqualTo("20");
        assertThat(HeatMapData.parameterText(2.5)).isEqualTo("2.5");
    }

    /** A pixel of the cell's fill, above the value written in its middle. */
    private static Color pixel(WritableImage image, Point2D centre) {
        return image.getPixelReader().getColor((int) centre.getX(), (int) centre.getY() - 30);
    }
}
