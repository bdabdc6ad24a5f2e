package dev.cryptotrader.app.ui;

import com.google.inject.Injector;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.application.Application;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The desktop application. Start it with {@link #launch(Path)}: JavaFX builds the instance itself, so the database
 * path is handed over through a static field before {@code Application.launch}. Blocks until the window closes.
 * The injector and the database open on another thread while JavaFX starts ({@link EarlyStart}).
 */
public final class GuiMain extends Application {

    private static final AtomicReference<EarlyStart> EARLY = new AtomicReference<>();

    private static final Logger LOG = LoggerFactory.getLogger(GuiMain.class);

    private volatile Injector injector;
    private MainWindow window;

    /** Opens the main window on the SQLite database at {@code database}; returns when the app exits. */
    public static void launch(Path database) {
        launch(database, new String[0]);
    }

    /** As {@link #launch(Path)}, passing {@code args} on to JavaFX ({@link #getParameters()}). */
    public static void launch(Path database, String[] args) {
        EARLY.set(EarlyStart.begin(Objects.requireNonNull(database, "database")));
        Application.launch(GuiMain.class, args);
    }

    @Override
    public void start(Stage stage) {
        EarlyStart early = Objects.requireNonNull(EARLY.get(), "start GuiMain through GuiMain.launch(Path)");
        injector = early.injector();
        window = injector.getInstance(MainWindow.class);
        window.show(stage, MainWindow.WIDTH, MainWindow.HEIGHT, early.firstViewIfReady());
        if (AotTraining.enabled()) {
            AotTraining.quitWhenLoaded(window);
        }
        // The watchlist jobs (config file, maybe backfills) wait for the first chart, or 10 s without one, so they do
        // not compete with the first paint for the CPU.
        window.firstPaint().copy().completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .whenComplete((painted, e) -> startJobs());
    }

    /** On its own thread: opening the hub reads the config file and may start backfills. */
    private void startJobs() {
        Thread starter = new Thread(() -> {
            try {
                injector.getInstance(MarketDataAccess.class).get().startScheduler();
            } catch (RuntimeException e) {
                LOG.warn("watchlist jobs are off: {}", e.getMessage());
            }
        }, "watchlist-jobs-start");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close(); // streams, polling and backfills stop before what they use closes
        }
        if (injector != null) {
            injector.getInstance(MarketDataAccess.class).close(); // before the store, so the run in flight is recorded
            injector.getInstance(CandleStore.class).close();
        }
    }
}
