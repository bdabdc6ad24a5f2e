package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.marketdata.live.Backoff;
import dev.cryptotrader.trading.marketdata.live.LiveCandleService;
import dev.cryptotrader.trading.marketdata.live.MemoryCandleStore;
import dev.cryptotrader.trading.marketdata.live.MemoryCoverageLedger;
import dev.cryptotrader.trading.marketdata.live.MutableClock;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One venue's live path under test: a {@link FakeVenueServer}, market time the test moves, an in-memory store, and
 * either the bare feed or the whole {@link LiveCandleService} listening into a {@link RecordingListener}.
 */
public final class LiveHarness implements AutoCloseable {

    public static final Instrument BTC_USDT = Instrument.of("BTC", "USDT");

    public final FakeVenueServer venue;
    public final MutableClock clock = new MutableClock(LiveBars.during(10));
    public final MemoryCandleStore store = new MemoryCandleStore();
    public final MemoryCoverageLedger ledger = new MemoryCoverageLedger();
    public final RecordingListener listener = new RecordingListener();
    public final SeriesKey key;
    private final String wsOverride;
    private Subscription subscription;
    private Map<Instrument, String> symbolOverrides = Map.of();

    /** @param wsOverridePath appended to the fake's ws root as the WS base URL; null for no override (KuCoin) */
    public LiveHarness(Exchange exchange, Instrument instrument, String wsPath, String wsOverridePath) {
        this.venue = new FakeVenueServer(wsPath);
        this.key = new SeriesKey(exchange, instrument, LiveBars.TF);
        this.wsOverride = wsOverridePath == null ? null : venue.wsRoot() + wsOverridePath;
    }

    public VenueConfig config() {
        return VenueConfig.defaults().withRestBaseUrl(venue.restRoot()).withWsBaseUrl(wsOverride).withClock(clock)
                .withRetries(1, Duration.ZERO).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .withSymbolOverrides(symbolOverrides);
    }

    /** The venue's spelling of instruments, as a user config file would give it. */
    public void spell(Instrument instrument, String venueSymbol) {
        symbolOverrides = Map.of(instrument, venueSymbol);
    }

    /** The bare feed: nothing is stored, the listener hears the venue as parsed. */
    public Subscription startFeed(StreamSettings settings) {
        subscription = Venues.liveFeed(key.exchange(), config(), settings)
                .subscribe(key.instrument(), key.timeframe(), listener);
        return subscription;
    }

    /** The service: feed + store + REST catch-up, as the CLI and the UI run it. */
    public Subscription startService(StreamSettings settings) {
        VenueConfig config = config();
        LiveCandleService service = new LiveCandleService(Venues.liveFeed(key.exchange(), config, settings),
                Venues.marketData(key.exchange(), config), store, ledger, clock,
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 0.2));
        subscription = service.start(key, listener);
        return subscription;
    }

    public void preload(List<Candle> bars) {
        store.upsert(key, CandleSeries.of(bars));
    }

    public List<Candle> stored() {
        return store.all(key);
    }

    /** Waits until bar {@code i} of {@link LiveBars} (or a later one) is stored. */
    public void awaitStoredThrough(int i) {
        long wanted = LiveBars.bar(i).openTime();
        Await.until("bars stored through minute " + i, () -> store.info(key)
                .map(s -> s.lastOpenTime() >= wanted).orElse(false), () -> listener.events);
    }

    /** Waits until the listener has heard that bar {@code i} closed (the service tells it after storing). */
    public void awaitDeliveredThrough(int i) {
        long wanted = LiveBars.bar(i).openTime();
        Await.until("closed bars delivered through minute " + i, () -> listener.closed.stream()
                .anyMatch(c -> c.openTime() >= wanted), () -> listener.events);
    }

    public List<Candle> storedRange(int from, int to) {
        return store.read(key, new TimeRange(LiveBars.bar(from).openTime(), LiveBars.bar(to).openTime()))
                .toCandles();
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
        venue.close();
    }
}
