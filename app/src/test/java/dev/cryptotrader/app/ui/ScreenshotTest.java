package dev.cryptotrader.app.ui;

import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.port.CandleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes target/screenshots/main-window.png (dark) and main-window-light.png from the demo workspace, through the
 * same facility as {@code cryptotrader screenshot}.
 */
class ScreenshotTest {

    @TempDir
    Path dir;

    @Test
    void capturesTheMainWindowInBothThemes() throws Exception {
        FxToolkit.registerPrimaryStage(); // JavaFX stays up for the other UI tests in this JVM
        Path db = dir.resolve("demo.db");
        try (CandleStore store = SqliteCandleStore.open(db)) {
            DemoWorkspace.seedIfEmpty(store);
        }

        Path dark = Screenshots.capture(db, Path.of("target/screenshots/main-window.png"), 1280, 800, Theme.DARK);
        Path light = Screenshots.capture(db, Path.of("target/screenshots/main-window-light.png"), 1280, 800,
                Theme.LIGHT);

        BufferedImage image = ImageIO.read(dark.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
        assertThat(luminance(image.getRGB(700, 400))).as("dark chart background").isLessThan(60);
        assertThat(candlePixels(image)).as("green and red candle pixels").isGreaterThan(500);
        assertThat(luminance(ImageIO.read(light.toFile()).getRGB(700, 60))).as("light background").isGreaterThan(200);
    }

    private static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }

    /** Pixels clearly teal (up) or red (down), as the candles are drawn. */
    private static int candlePixels(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (g > 130 && g > r + 60 || r > 180 && r > g + 80) {
                    count++;
                }
            }
        }
        return count;
    }
}
