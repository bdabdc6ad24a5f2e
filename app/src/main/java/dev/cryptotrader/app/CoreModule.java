package dev.cryptotrader.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.cryptotrader.storage.SqliteAlertStore;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteChartLayoutStore;
import dev.cryptotrader.storage.SqliteDrawingStore;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import dev.cryptotrader.trading.port.DrawingStore;
import dev.cryptotrader.trading.port.Clock;

import java.nio.file.Path;

/** The engine half of the composition root: storage and clock. The UI adds its own module on top. */
public final class CoreModule extends AbstractModule {

    private final Path databasePath;

    public CoreModule(Path databasePath) {
        this.databasePath = databasePath;
    }

    @Provides
    @Singleton
    CandleStore candleStore() {
        return SqliteCandleStore.open(databasePath);
    }

    @Provides
    @Singleton
    DrawingStore drawingStore() {
        return SqliteDrawingStore.open(databasePath);
    }

    @Provides
    @Singleton
    AlertStore alertStore() {
        return SqliteAlertStore.open(databasePath);
    }

    @Provides
    @Singleton
    ChartLayoutStore chartLayoutStore() {
        return SqliteChartLayoutStore.open(databasePath);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.system();
    }

    @Provides
    @DatabasePath
    Path databasePath() {
        return databasePath;
    }
}
