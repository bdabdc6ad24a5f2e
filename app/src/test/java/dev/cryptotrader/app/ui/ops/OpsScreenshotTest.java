package dev.cryptotrader.app.ui.ops;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.UiModule;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import mockwebserver3.MockWebServer;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.cryptotrader.app.ui.ops.RateLimitIndicatorFxTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes target/screenshots/rate-limit.png (the indicator at the right end of the real main window's status bar, in
 * warning, with its budget table open) and target/screenshots/jobs-panel.png (the jobs window after real scheduler
 * runs against the recorded Binance, a failed job selected), both in the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class OpsScreenshotTest {

    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-ui-background");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void needsTheRecordedPayloads() {
        RecordedBinance.fromSharedFixtures();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        server.close();
    }

    private FxBridge bridge() {
        return new FxBridge(background, Platform::runLater);
    }

    @Test
    void rateLimitIndicatorInWarningWithItsBudgets(FxRobot robot) throws Exception {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        server.start();
        Path demo = dir.resolve("demo.db");
        try (CandleStore store = SqliteCandleStore.open(demo)) {
            DemoWorkspace.seedIfEmpty(store);
        }
        // The window's own hub reads the config.json beside demo.db: Binance is the fake.
        Files.writeString(dir.resolve("config.json"), TestHub.binanceConfig(server.url("/").toString(), "[]"));
        Injector injector = Guice.createInjector(new CoreModule(demo), new UiModule());
        Stage[] main = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            main[0] = new Stage();
            window[0] = injector.getInstance(MainWindow.class);
            window[0].model().themeProperty().set(Theme.DARK);
            window[0].show(main[0], MainWindow.WIDTH, MainWindow.HEIGHT);
        });
        try {
            waitFor(() -> window[0].firstPaint().isDone());
            binance.reportUsedWeight(4_500); // 75%: what the venue says this IP has spent this minute
            long from = RecordedBinance.FIRST_HOUR;
            injector.getInstance(MarketDataAccess.class).get().backfill(TestHub.BTC_1H,
                    new TimeRange(from, from + 3 * RecordedBinance.HOUR), BackfillListener.NONE,
                    new CancellationToken());

            RateLimitIndicatorView indicator = window[0].rateLimitIndicator();
            waitFor(() -> robot.from(main[0].getScene().getRoot()).lookup("#rate-limit-text")
                    .queryAs(Label.class).getText().equals("API 75%"));
            robot.interact(() -> {
                Bounds b = indicator.node().localToScreen(indicator.node().getBoundsInLocal());
                indicator.tooltip().setAnchorLocation(PopupWindow.AnchorLocation.WINDOW_BOTTOM_RIGHT);
                indicator.tooltip().show(indicator.node(), b.getMaxX(), b.getMinY() - 4);
            });
            waitFor(() -> indicator.tooltip().isShowing());
            WaitForAsyncUtils.waitForFxEvents(); // the popup's first layout and CSS pass
            int crop = 330;
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> {
                shot[0] = withPopup(main[0], indicator.tooltip());
                indicator.tooltip().hide();
            });
            Path png = write(crop(shot[0], (int) shot[0].getHeight() - crop, crop), "rate-limit.png");

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) MainWindow.WIDTH);
            assertThat(image.getHeight()).isEqualTo(crop);
            assertThat(pixelsNear(image, RateLimitIndicatorFxTest.DARK_WARNING.toString()))
                    .as("warning-coloured text and bar").isGreaterThan(40);
        } finally {
            robot.interact(() -> {
                window[0].close();
                main[0].close();
            });
            injector.getInstance(MarketDataAccess.class).close();
            injector.getInstance(CandleStore.class).close();
        }
    }

    @Test
    void jobsPanelAfterRealSchedulerRuns(FxRobot robot) throws Exception {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        server.start();
        // BTC/USTD is a typo Binance answers with its documented -1121 "Invalid symbol.": a failed job to show.
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), """
                [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "from": "2024-01-30T16:00:00Z"},
                 {"exchange": "binance", "symbol": "BTC/USTD", "timeframe": "1h"}]"""))) {
            hub.hub().startScheduler();
            JobsViewModel model = new JobsViewModel(hub::hub, bridge(), Clock.system());
            JobsWindow window = new JobsWindow(model);
            Stage[] owner = new Stage[1];
            robot.interact(() -> {
                Theme.DARK.apply();
                owner[0] = new Stage();
                owner[0].setScene(RateLimitIndicatorFxTest.statusBarScene(new Label("owner")));
                owner[0].show();
                window.show(owner[0]);
            });
            // The window refreshes itself every few seconds.
            waitFor(() -> model.rows().size() == 4 && model.rows().stream().noneMatch(r -> r.runs().isEmpty()));
            TableView<?> jobs = robot.lookup("#jobs-table").queryAs(TableView.class);
            robot.interact(() -> jobs.getSelectionModel().select(2));
            waitFor(() -> !model.selectedRuns().isEmpty());

            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = jobs.getScene().snapshot(null));
            Path png = write(shot[0], "jobs-panel.png");
            robot.interact(() -> {
                window.close();
                owner[0].close();
            });

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) JobsWindow.WIDTH);
            assertThat(luminance(image.getRGB(5, image.getHeight() - 5))).as("dark background").isLessThan(60);
            assertThat(model.rows().get(2).outcome()).isEqualTo("failed");
            assertThat(model.selectedRuns().getFirst().message()).contains("Invalid symbol");
        }
    }

    /** The window's scene with the popup drawn over it where it shows on screen (a scene snapshot leaves it out). */
    private static WritableImage withPopup(Stage stage, PopupWindow popup) {
        Scene scene = stage.getScene();
        WritableImage base = scene.snapshot(null);
        WritableImage over = popup.getScene().snapshot(null);
        Window w = scene.getWindow();
        int dx = (int) Math.round(popup.getX() + popup.getScene().getX() - w.getX() - scene.getX());
        int dy = (int) Math.round(popup.getY() + popup.getScene().getY() - w.getY() - scene.getY());
        PixelReader top = over.getPixelReader();
        PixelReader under = base.getPixelReader();
        for (int y = 0; y < (int) over.getHeight(); y++) {
            for (int x = 0; x < (int) over.getWidth(); x++) {
                int tx = x + dx;
                int ty = y + dy;
                if (tx >= 0 && ty >= 0 && tx < base.getWidth() && ty < base.getHeight()) {
                    base.getPixelWriter().setArgb(tx, ty, blend(top.getArgb(x, y), under.getArgb(tx, ty)));
                }
            }
        }
        return base;
    }

    private static int blend(int over, int under) {
        double a = (over >>> 24) / 255.0;
        int r = (int) Math.round((over >> 16 & 0xff) * a + (under >> 16 & 0xff) * (1 - a));
        int g = (int) Math.round((over >> 8 & 0xff) * a + (under >> 8 & 0xff) * (1 - a));
        int b = (int) Math.round((over & 0xff) * a + (under & 0xff) * (1 - a));
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static WritableImage crop(Image image, int fromY, int height) {
        return new WritableImage(image.getPixelReader(), 0, fromY, (int) image.getWidth(), height);
    }

    private static Path write(WritableImage image, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Path png = SHOTS.resolve(name);
        assertThat(ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile())).isTrue();
        return png;
    }

    /** Pixels within a small distance of {@code colour} (as Color.toString, 0xrrggbbaa). */
    private static int pixelsNear(BufferedImage image, String colour) {
        int want = Integer.parseUnsignedInt(colour.substring(2, 8), 16);
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int d = Math.abs((rgb >> 16 & 0xff) - (want >> 16 & 0xff)) + Math.abs((rgb >> 8 & 0xff)
                        - (want >> 8 & 0xff)) + Math.abs((rgb & 0xff) - (want & 0xff));
                if (d < 30) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
