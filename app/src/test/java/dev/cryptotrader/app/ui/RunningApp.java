package dev.cryptotrader.app.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.cryptotrader.app.CoreModule;
import dev.cryptotrader.app.demo.DemoWorkspace;
import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app for FX tests: the Guice composition root and the main window on a SQLite file holding the demo
 * workspace, closed the way the app closes (window, market data, store).
 */
public final class RunningApp {

    private final Injector injector;
    private final MainWindow window;

    private RunningApp(Injector injector, MainWindow window) {
        this.injector = injector;
        this.window = window;
    }

    /** {@code demo.db} in {@code dir}, seeded with the demo workspace (real 2013 BTC and 2023 ETH bars). */
    public static Path demoDatabase(Path dir) {
        Path db = dir.resolve("demo.db");
        try (CandleStore store = SqliteCandleStore.open(db)) {
            assertThat(DemoWorkspace.seedIfEmpty(store)).isNotEmpty();
        }
        return db;
    }

    /** Shows the main window on {@code stage}; call from a TestFX {@code @Start} method (the FX thread). */
    public static RunningApp show(Path db, Stage stage, double width, double height) {
        return show(db, stage, width, height, window -> { });
    }

    /** As {@link #show(Path, Stage, double, double)}, with {@code beforeShow} run on the window first. */
    public static RunningApp show(Path db, Stage stage, double width, double height, Consumer<MainWindow> beforeShow) {
        Injector injector = Guice.createInjector(new CoreModule(db), new UiModule());
        MainWindow window = injector.getInstance(MainWindow.class);
        beforeShow.accept(window);
        window.show(stage, width, height);
        return new RunningApp(injector, window);
    }

    public MainWindow window() {
        return window;
    }

    /** Waits until the chart has drawn and the whole series on screen is loaded. */
    public void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.firstPaint().isDone()
                && window.model().chart().data() != null && window.model().chart().data().complete());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(window::close).get(10, TimeUnit.SECONDS);
        injector.getInstance(MarketDataAccess.class).close();
        injector.getInstance(CandleStore.class).close();
    }
}
