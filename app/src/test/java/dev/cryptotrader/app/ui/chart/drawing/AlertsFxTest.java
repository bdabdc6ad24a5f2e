package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.trading.alert.AlertState;
import dev.cryptotrader.trading.alert.CrossDirection;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.SymbolKey;
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

import static dev.cryptotrader.app.ui.chart.drawing.DrawingRig.BTC_1M;
import static dev.cryptotrader.app.ui.chart.drawing.DrawingToolsFxTest.alt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Price alerts made with Alt+A on the real chart, kept in SQLite, fired by candles fed as the live path would. */
@ExtendWith(ApplicationExtension.class)
class AlertsFxTest {

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

    private void open(FxRobot robot) throws Exception {
        if (rig != null) {
            rig.close();
        }
        rig = DrawingRig.show(robot, stage, dir.resolve("chart.db"), BTC_1M, DrawingRig.bars(600, 60_000, 5), 1000,
                600);
    }

    private List<PriceAlert> stored() {
        return rig.alertStore.list(SymbolKey.of(BTC_1M));
    }

    @Test
    void altACreatesAnAlertThatSurvivesARestartAndFiresOnceOnTheBarThatCrossed(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        robot.moveTo(rig.chart().localToScreen(rig.chart().getWidth() - 5, 5)); // the mouse off the plot
        alt(robot, KeyCode.A);
        double lastClose = rig.columns.close()[rig.columns.size() - 1];
        assertThat(stored()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualByComparingTo(BigDecimal.valueOf(lastClose));
            assertThat(a.isActive()).isTrue();
        });

        open(robot); // restart on the same file
        PriceAlert alert = stored().getFirst();
        assertThat(rig.layer().alerts()).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(alert.id().toString()));

        BigDecimal level = alert.level();
        long t = rig.columns.openTime()[rig.columns.size() - 1];
        Candle below = bar(t + 60_000, level.subtract(BigDecimal.valueOf(6)), level.subtract(BigDecimal.valueOf(4)));
        Candle crossing = bar(t + 120_000, level.subtract(BigDecimal.valueOf(3)), level.add(BigDecimal.valueOf(2)));
        List<PriceAlert> fired = WaitForAsyncUtils.asyncFx(() ->
                rig.annotations.monitor().onBars(BTC_1M, List.of(below), crossing)).get();
        assertThat(fired).singleElement().satisfies(a -> {
            assertThat(a.trigger().orElseThrow().barOpenTime()).isEqualTo(t + 120_000);
            assertThat(a.trigger().orElseThrow().direction()).isEqualTo(CrossDirection.UP);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(AlertState.TRIGGERED);
            assertThat(a.trigger().orElseThrow().barOpenTime()).isEqualTo(t + 120_000);
        });
        assertThat(rig.layer().alerts()).singleElement().satisfies(m -> {
            assertThat(m.triggered()).isTrue();
            assertThat(m.firedBarMillis()).isEqualTo(t + 120_000);
        });
        assertThat(rig.annotations.messageProperty().get()).startsWith("Alert: bitstamp BTC/USD crossed above");

        Candle back = bar(t + 180_000, level.subtract(BigDecimal.valueOf(8)), level.add(BigDecimal.valueOf(5)));
        assertThat(WaitForAsyncUtils.asyncFx(() -> rig.annotations.monitor().onBars(BTC_1M, List.of(crossing),
                back)).get()).as("fired once only").isEmpty();
    }

    @Test
    void altAAtTheMouseThenDragAndDelete(FxRobot robot) throws Exception {
        open(robot);
        double price = rig.priceAt(0.8);
        robot.clickOn(rig.screen(rig.barTime(100), rig.priceAt(0.95)));
        robot.moveTo(rig.screen(rig.barTime(40), price));
        alt(robot, KeyCode.A);
        PriceAlert made = stored().getFirst();
        double pixel = (rig.chart().priceAxis().getMax() - rig.chart().priceAxis().getMin())
                / rig.chart().xyChart().getCanvas().getHeight();
        assertThat(made.level().doubleValue()).isCloseTo(price, within(2 * pixel));
        assertThat(made.level().scale()).isLessThanOrEqualTo(2);

        Point2D on = rig.screen(rig.barTime(70), made.level().doubleValue());
        robot.drag(on, MouseButton.PRIMARY).moveBy(0, 30).moveBy(0, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(made.id());
            assertThat(a.level()).isLessThan(made.level());
        });

        robot.clickOn(rig.screen(rig.barTime(70), stored().getFirst().level().doubleValue()));
        assertThat(rig.layer().selectedAlert()).contains(made.id().toString());
        robot.type(KeyCode.DELETE);
        assertThat(stored()).isEmpty();
        assertThat(rig.layer().alerts()).isEmpty();
    }

    private static Candle bar(long time, BigDecimal low, BigDecimal high) {
        return new Candle(time, low, high, low, high, BigDecimal.ONE);
    }
}
