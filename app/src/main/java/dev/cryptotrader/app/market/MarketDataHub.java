package dev.cryptotrader.app.market;

import dev.cryptotrader.app.config.ConfigFileException;
import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.app.jobs.BackgroundJobs;
import dev.cryptotrader.app.jobs.VenuesByExchange;
import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.marketdata.live.Backoff;
import dev.cryptotrader.trading.marketdata.live.LiveCandleService;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobRun;
import dev.cryptotrader.trading.schedule.Job;
import dev.cryptotrader.trading.schedule.JobStatus;
import dev.cryptotrader.trading.schedule.WatchlistJobs;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimited;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import dev.cryptotrader.trading.venue.stream.StreamSettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The engine's market data as the desktop app uses it: symbol listings, backfills the user starts, live streams for
 * the chart, the watchlist scheduler, and what the rate-limit budgets and jobs look like. One REST adapter per venue
 * is shared by all of them, so the rate-limit indicator shows the one budget that every request spends.
 *
 * <p>Every method may block on the network or the database: call it through the UI's bridge, never on the FX thread.
 */
public final class MarketDataHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarketDataHub.class);

    private final Path database;
    private final CandleStore candles;
    private final UserConfig config;
    private final String configProblem;
    private final Clock clock;
    private final Function<Exchange, ExchangeMarketData> venues;
    private final SqliteCoverageLedger ledger;
    private final SqliteJobStore jobStore;
    private final Map<Exchange, List<InstrumentInfo>> instruments = new ConcurrentHashMap<>();
    private final Object schedulerLock = new Object();
    private BackgroundJobs scheduler; // guarded by schedulerLock
    private boolean closed; // guarded by schedulerLock

    /**
     * @param configProblem why the user's config file could not be used (then {@code config} is the defaults), or null
     */
    public MarketDataHub(Path database, CandleStore candles, UserConfig config, String configProblem, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.candles = Objects.requireNonNull(candles, "candles");
        this.config = Objects.requireNonNull(config, "config");
        this.configProblem = configProblem;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.venues = new VenuesByExchange(config);
        this.ledger = SqliteCoverageLedger.open(database);
        this.jobStore = SqliteJobStore.open(database);
    }

    /**
     * The hub of {@code database}, configured from the {@code config.json} beside it. A config file that cannot be
     * read is reported by {@link #configProblem()} and replaced by the defaults, so the app still works.
     */
    public static MarketDataHub besideDatabase(Path database, CandleStore candles, Clock clock) {
        Path file = UserConfigFile.besideDatabase(database);
        try {
            return new MarketDataHub(database, candles, UserConfigFile.load(file), null, clock);
        } catch (ConfigFileException e) {
            LOG.warn("ignoring {}: {}", file, e.getMessage());
            return new MarketDataHub(database, candles, UserConfig.defaults(), e.getMessage(), clock);
        }
    }

    /** The exchanges that can be backfilled and streamed. */
    public List<Exchange> exchanges() {
        return Venues.supported();
    }

    /** Why the config file beside the database was ignored, if it was. */
    public Optional<String> configProblem() {
        return Optional.ofNullable(configProblem);
    }

    /** The venue's spot instruments, asked once per session (a listing is large and changes rarely). */
    public List<InstrumentInfo> instruments(Exchange exchange) {
        List<InstrumentInfo> known = instruments.get(exchange);
        if (known != null) {
            return known;
        }
        List<InstrumentInfo> listed = List.copyOf(venues.apply(exchange).listInstruments());
        instruments.put(exchange, listed);
        return listed;
    }

    /** Backfills {@code range} of {@code key}, resuming from what is stored; see {@link Backfill}. */
    public BackfillResult backfill(SeriesKey key, TimeRange range, BackfillListener progress,
                                   CancellationToken cancel) {
        return new Backfill(venues.apply(key.exchange()), candles, ledger, clock).run(key, range, progress, cancel);
    }

    /** Streams {@code key} live: closed bars are stored, every update goes to {@code listener} (on a feed thread). */
    public Subscription stream(SeriesKey key, LiveCandleListener listener) {
        Exchange exchange = key.exchange();
        LiveCandleService service = new LiveCandleService(
                Venues.liveFeed(exchange, VenueConfig.defaults().withOverrides(config.overridesFor(exchange)), StreamSettings.defaults()),
                venues.apply(exchange), candles, ledger, clock, Backoff.defaults());
        return service.start(key, listener);
    }

    /** Every budget of every venue, as spent by this app so far. */
    public List<VenueBudget> rateLimitUsage() {
        List<VenueBudget> all = new ArrayList<>();
        for (Exchange exchange : exchanges()) {
            if (venues.apply(exchange) instanceof RateLimited limited) {
                limited.rateLimitUsage().forEach(u -> all.add(new VenueBudget(exchange, u)));
            }
        }
        return all;
    }

    /** One budget of one venue. */
    public record VenueBudget(Exchange exchange, RateLimitUsage usage) {
    }

    /** Starts the watchlist's scheduled backfills and gap repairs; nothing when the watchlist is empty. */
    public void startScheduler() {
        synchronized (schedulerLock) {
            if (closed || scheduler != null || config.watchlist().isEmpty()) {
                return;
            }
            scheduler = BackgroundJobs.start(venues, candles, ledger, jobStore, config, clock);
        }
    }

    /** The watchlist jobs, with when they are next due, whether one runs now, and their {@code runs} latest runs. */
    public List<JobView> jobs(int runs) {
        List<Job> jobs = WatchlistJobs.of(config);
        Map<JobKey, Long> due = jobStore.nextDueTimes();
        List<JobStatus> live;
        synchronized (schedulerLock) {
            live = scheduler == null ? List.of() : scheduler.status();
        }
        List<JobView> views = new ArrayList<>();
        for (Job job : jobs) {
            boolean running = live.stream().anyMatch(s -> s.job().key().equals(job.key()) && s.running());
            List<JobRun> recent = jobStore.recentRuns(job.key(), runs);
            views.add(new JobView(job, due.get(job.key()), running, recent));
        }
        views.sort(Comparator.comparing((JobView v) -> v.job().key().series().toString())
                .thenComparing(v -> v.job().key().kind()));
        return views;
    }

    /** Whether the scheduler runs (it does not with an empty watchlist). */
    public boolean schedulerRunning() {
        synchronized (schedulerLock) {
            return scheduler != null;
        }
    }

    public Path database() {
        return database;
    }

    /** Stops the scheduler (the run in flight is recorded) and closes the job tables; the candle store stays open. */
    @Override
    public void close() {
        synchronized (schedulerLock) {
            closed = true;
            if (scheduler != null) {
                scheduler.close();
            }
        }
        jobStore.close();
        ledger.close();
    }
}
