package dev.cryptotrader.app.market;

import dev.cryptotrader.app.DatabasePath;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Opens the {@link MarketDataHub} on first use, which is always on a background thread (it opens tables and reads
 * the config file), and closes it at exit only if it was ever opened.
 */
@Singleton
public final class MarketDataAccess implements Supplier<MarketDataHub>, AutoCloseable {

    private final Supplier<MarketDataHub> opener;
    private MarketDataHub hub; // guarded by this
    private boolean closed; // guarded by this

    @Inject
    public MarketDataAccess(@DatabasePath Path database, Provider<CandleStore> candles, Clock clock) {
        this(() -> MarketDataHub.besideDatabase(database, candles.get(), clock));
    }

    public MarketDataAccess(Supplier<MarketDataHub> opener) {
        this.opener = opener;
    }

    @Override
    public synchronized MarketDataHub get() {
        if (closed) {
            throw new IllegalStateException("the app is closing; market data is no longer available");
        }
        if (hub == null) {
            hub = opener.get();
        }
        return hub;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (hub != null) {
            hub.close();
        }
    }
}
