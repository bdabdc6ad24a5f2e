package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.trading.alert.AlertCondition;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.charting.draw.ShapeKind;
import dev.cryptotrader.trading.alert.AlertTrigger;
import dev.cryptotrader.trading.alert.CrossDirection;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.drawing.Anchor;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.storage.SqliteAlertStore;
import dev.cryptotrader.storage.SqliteDrawingStore;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.cryptotrader.app.ui.chart.drawing.DrawingRig.BTC_1M;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes target/screenshots/chart-drawings.png: one drawing of each kind (the retracement selected), an armed and a
 * triggered alert, on the dark chart, all read back from SQLite as after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class DrawingScreenshotTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyKindAndBothAlertStates(FxRobot robot) throws Exception {
        Path db = dir.resolve("chart.db");
        var bars = DrawingRig.bars(600, 60_000, 21);
        int n = bars.size();
        SymbolKey symbol = SymbolKey.of(BTC_1M);
        long now = DrawingRig.CLOCK.nowMillis();
        try (SqliteDrawingStore drawings = SqliteDrawingStore.open(db)) {
            drawings.save(drawing(symbol, DrawingKind.TREND_LINE, bars, 140, 0.30, 95, 0.70, "", now));
            drawings.save(drawing(symbol, DrawingKind.RAY, bars, 120, 0.20, 100, 0.35, "ray", now));
            drawings.save(drawing(symbol, DrawingKind.HORIZONTAL_LINE, bars, 90, 0.88, 0, 0, "resistance", now));
            drawings.save(drawing(symbol, DrawingKind.VERTICAL_LINE, bars, 75, 0.5, 0, 0, "news", now));
            drawings.save(drawing(symbol, DrawingKind.RECTANGLE, bars, 70, 0.15, 50, 0.40, "range", now));
            drawings.save(drawing(symbol, DrawingKind.FIB_RETRACEMENT, bars, 45, 0.25, 15, 0.80, "", now));
            drawings.save(drawing(symbol, DrawingKind.TEXT_NOTE, bars, 135, 0.92, 0, 0, "Breakout above the range?",
                    now));
        }
        try (SqliteAlertStore alerts = SqliteAlertStore.open(db)) {
            alerts.save(PriceAlert.create(symbol, AlertCondition.CROSSES, price(bars, 0.62), now));
            int bar = n - 1 - 110; // fired on this bar, half way up its range
            BigDecimal level = BigDecimal.valueOf((bars.high()[bar] + bars.low()[bar]) / 2)
                    .setScale(2, RoundingMode.HALF_UP);
            alerts.save(PriceAlert.create(symbol, AlertCondition.CROSSES, level, now).triggered(new AlertTrigger(
                    bars.openTime()[bar] + 30_000, Timeframe.M1, bars.openTime()[bar], CrossDirection.UP)));
        }
        try (DrawingRig shot = DrawingRig.show(robot, stage, db, BTC_1M, bars, 1280, 720)) {
            robot.interact(() -> shot.layer().select(shot.layer().shapes().stream()
                    .filter(sh -> sh.kind() == ShapeKind.FIB_RETRACEMENT).findFirst().orElseThrow().id()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(shot.layer().shapes()).hasSize(7);
            assertThat(shot.layer().alerts()).hasSize(2).anySatisfy(a -> assertThat(a.triggered()).isTrue())
                    .anySatisfy(a -> assertThat(a.triggered()).isFalse());

            Path file = Path.of("target/screenshots/chart-drawings.png");
            Files.createDirectories(file.getParent());
            BufferedImage image = WaitForAsyncUtils.asyncFx(() ->
                    SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null)).get();
            ImageIO.write(image, "png", file.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
        }
    }

    private static BigDecimal price(dev.cryptotrader.charting.OhlcvColumns bars, double fraction) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (int i = bars.size() - 150; i < bars.size(); i++) {
            low = Math.min(low, bars.low()[i]);
            high = Math.max(high, bars.high()[i]);
        }
        return BigDecimal.valueOf(low + (high - low) * fraction).setScale(2, RoundingMode.HALF_UP);
    }

    private static Drawing drawing(SymbolKey symbol, DrawingKind kind, dev.cryptotrader.charting.OhlcvColumns bars,
                                   int backA, double fa, int backB, double fb, String text, long now) {
        int n = bars.size();
        Anchor a = new Anchor(bars.openTime()[n - 1 - backA], price(bars, fa));
        List<Anchor> anchors = kind.anchorCount() == 1 ? List.of(a)
                : List.of(a, new Anchor(bars.openTime()[n - 1 - backB], price(bars, fb)));
        return Drawing.create(symbol, kind, anchors, text, DrawingShapes.defaultStyle(kind), now);
    }
}
