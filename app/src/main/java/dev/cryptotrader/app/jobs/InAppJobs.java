package dev.cryptotrader.app.jobs;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.port.CandleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop app's watchlist jobs: started off the FX thread once the window is up (they open the database and
 * read the config file), stopped when the app closes. A broken config file is logged and leaves the jobs off, while
 * the app still opens; an empty watchlist starts nothing.
 */
public final class InAppJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InAppJobs.class);

    private final CompletableFuture<BackgroundJobs> running;

    private InAppJobs(CompletableFuture<BackgroundJobs> running) {
        this.running = running;
    }

    /** Reads {@code config.json} beside {@code database} and starts its watchlist's jobs in the background. */
    public static InAppJobs start(Path database, CandleStore candles) {
        return new InAppJobs(CompletableFuture.supplyAsync(() -> {
            Path file = UserConfigFile.besideDatabase(database);
            UserConfig config = UserConfigFile.load(file);
            if (config.watchlist().isEmpty()) {
                LOG.info("no watchlist in {}: no scheduled backfills", file);
                return null;
            }
            return BackgroundJobs.start(database, candles, config);
        }, task -> {
            Thread t = new Thread(task, "watchlist-jobs-start");
            t.setDaemon(true);
            t.start();
        }).exceptionally(e -> {
            LOG.warn("watchlist jobs are off: {}", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            return null;
        }));
    }

    /** Stops the jobs (waiting for a start in progress first), so the run in flight is recorded. */
    @Override
    public void close() {
        BackgroundJobs jobs = running.join();
        if (jobs != null) {
            jobs.close();
        }
    }
}
