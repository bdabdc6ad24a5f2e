package dev.cryptotrader.app.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens the main window on a database, waits until the chart has drawn its candles, writes the window to a PNG and
 * closes again. Without a display (no {@code DISPLAY} on Linux) it runs JavaFX headless on Monocle. If JavaFX is not
 * running yet it is started here and shut down afterwards; if it is (tests), it is left running.
 */
public final class Screenshots {

    private static final long TIMEOUT_SECONDS = 60;

    private Screenshots() {
    }

    /** A 1280×800 screenshot of the main window. */
    public static Path capture(Path database, Path png) {
        return capture(database, png, (int) MainWindow.WIDTH, (int) MainWindow.HEIGHT);
    }

    /** A dark-theme screenshot of the main window at {@code width}×{@code height}. */
    public static Path capture(Path database, Path png, int width, int height) {
        return capture(database, png, width, height, Theme.DARK);
    }

    public static Path capture(Path database, Path png, int width, int height, Theme theme) {
        boolean startedHere = startJavaFx();
        try {
            WritableImage image = snapshotMainWindow(database, width, height, theme);
            write(image, png);
            return png;
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    private static WritableImage snapshotMainWindow(Path database, int width, int height, Theme theme) {
        Injector injector = Guice.createInjector(new CoreModule(database), new UiModule());
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            try {
                stage[0] = new Stage();
                MainWindow window = injector.getInstance(MainWindow.class);
                window.model().themeProperty().set(theme);
                window.show(stage[0], width, height);
                window.firstPaint().thenRun(() -> Platform.runLater(
                        () -> shot.complete(stage[0].getScene().snapshot(null))));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        try {
            return shot.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the chart", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the main window failed to open: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the chart did not paint within " + TIMEOUT_SECONDS
                    + " s: is there a series in " + database + "?", e);
        } finally {
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> {
                if (stage[0] != null) {
                    stage[0].close();
                }
                closed.complete(null);
            });
            closed.orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
            injector.getInstance(MarketDataAccess.class).close();
            injector.getInstance(CandleStore.class).close();
        }
    }

    private static void write(WritableImage image, Path png) {
        try {
            Path parent = png.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + png, e);
        }
    }

    /** Starts JavaFX unless it runs already; returns whether it was started here. */
    private static boolean startJavaFx() {
        if (noDisplay() && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        boolean startedHere;
        try {
            Platform.startup(() -> started.complete(null));
            started.join();
            startedHere = true;
        } catch (IllegalStateException alreadyRunning) {
            if (String.valueOf(alreadyRunning.getMessage()).contains("exit")) {
                throw new IllegalStateException("JavaFX was shut down in this JVM and cannot start again; take "
                        + "several screenshots with JavaFX started once (e.g. by TestFX)", alreadyRunning);
            }
            startedHere = false;
        }
        Platform.setImplicitExit(false); // closing the screenshot window must not end someone else's JavaFX
        return startedHere;
    }

    private static boolean noDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }
}
