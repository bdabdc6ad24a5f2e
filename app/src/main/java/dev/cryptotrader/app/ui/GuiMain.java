package dev.cryptotrader.app.ui;

import com.google.inject.Injector;
import com.google.inject.Key;
import dev.cryptotrader.app.DatabasePath;
import dev.cryptotrader.app.jobs.InAppJobs;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.application.Application;
import javafx.stage.Stage;

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

    private final Object jobsLock = new Object();
    private volatile Injector injector;
    private InAppJobs jobs; // guarded by jobsLock
    private boolean stopped; // guarded by jobsLock

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
        MainWindow window = injector.getInstance(MainWindow.class);
        window.show(stage, MainWindow.WIDTH, MainWindow.HEIGHT, early.firstViewIfReady());
        if (AotTraining.enabled()) {
            AotTraining.quitWhenLoaded(window);
        }
        // The watchlist jobs (config file, maybe backfills) wait for the first chart, or 10 s without one, so they do
        // not compete with the first paint for the CPU.
        window.firstPaint().copy().completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .whenComplete((painted, e) -> startJobs());
    }

    private void startJobs() {
        synchronized (jobsLock) {
            if (!stopped) {
                jobs = InAppJobs.start(injector.getInstance(Key.get(Path.class, DatabasePath.class)),
                        injector.getInstance(CandleStore.class));
            }
        }
    }

    @Override
    public void stop() {
        synchronized (jobsLock) {
            stopped = true;
            if (jobs != null) {
                jobs.close(); // before the store closes, so the run in flight is recorded
            }
        }
        if (injector != null) {
            injector.getInstance(CandleStore.class).close();
        }
    }
}
