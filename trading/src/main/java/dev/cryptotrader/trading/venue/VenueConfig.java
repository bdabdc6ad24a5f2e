package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.port.Clock;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * How to reach one venue. Everything has a default ({@link #defaults()}); the CLI's {@code --base-url}, the user config
 * file and tests override single fields with the {@code with...} methods.
 *
 * @param restBaseUrl       REST root such as {@code https://api.binance.com}, or null for the venue's default
 * @param wsBaseUrl         WebSocket root, or null for the venue's default (used by the streaming adapters)
 * @param httpClient        the OkHttp client; one shared client by default, so all venues share a connection pool
 * @param clock             decides which candles are closed; tests pass a fixed clock
 * @param maxAttempts       tries per request when the venue answers 429/418 (1 = never retry)
 * @param maxRetryWait      the longest {@code Retry-After} we sleep through; a longer ban fails at once
 * @param maxBarsPerRequest page size, capped at the venue's maximum; 0 means the venue's maximum
 * @param symbolOverrides   the venue's spelling of instruments whose default mapping is wrong (user config file)
 */
public record VenueConfig(String restBaseUrl, String wsBaseUrl, OkHttpClient httpClient, Clock clock, int maxAttempts,
                          Duration maxRetryWait, int maxBarsPerRequest, Map<Instrument, String> symbolOverrides) {

    public VenueConfig {
        Objects.requireNonNull(httpClient, "httpClient");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(maxRetryWait, "maxRetryWait");
        if (restBaseUrl != null && HttpUrl.parse(restBaseUrl) == null) {
            throw new IllegalArgumentException("REST base URL '" + restBaseUrl + "' is not an http(s) URL");
        }
        if (wsBaseUrl != null && !wsBaseUrl.matches("(?i)wss?://.+")) {
            throw new IllegalArgumentException("WebSocket base URL '" + wsBaseUrl + "' is not a ws:// or wss:// URL");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("maxRetryWait must not be negative, was " + maxRetryWait);
        }
        if (maxBarsPerRequest < 0) {
            throw new IllegalArgumentException("maxBarsPerRequest must be 0 (venue maximum) or more");
        }
        symbolOverrides = Map.copyOf(symbolOverrides);
    }

    /** Venue URLs, the shared client, the system clock, 3 attempts, waits up to 2 minutes, full pages. */
    public static VenueConfig defaults() {
        return new VenueConfig(null, null, SharedClient.INSTANCE, Clock.system(), 3, Duration.ofMinutes(2), 0,
                Map.of());
    }

    public VenueConfig withRestBaseUrl(String url) {
        return new VenueConfig(url, wsBaseUrl, httpClient, clock, maxAttempts, maxRetryWait, maxBarsPerRequest,
                symbolOverrides);
    }

    public VenueConfig withWsBaseUrl(String url) {
        return new VenueConfig(restBaseUrl, url, httpClient, clock, maxAttempts, maxRetryWait, maxBarsPerRequest,
                symbolOverrides);
    }

    public VenueConfig withHttpClient(OkHttpClient client) {
        return new VenueConfig(restBaseUrl, wsBaseUrl, client, clock, maxAttempts, maxRetryWait, maxBarsPerRequest,
                symbolOverrides);
    }

    /** A client with these timeouts that still shares the default client's connection pool and threads. */
    public VenueConfig withTimeouts(Duration connect, Duration read) {
        return withHttpClient(httpClient.newBuilder().connectTimeout(connect).readTimeout(read).build());
    }

    public VenueConfig withClock(Clock newClock) {
        return new VenueConfig(restBaseUrl, wsBaseUrl, httpClient, newClock, maxAttempts, maxRetryWait,
                maxBarsPerRequest, symbolOverrides);
    }

    public VenueConfig withRetries(int attempts, Duration longestWait) {
        return new VenueConfig(restBaseUrl, wsBaseUrl, httpClient, clock, attempts, longestWait, maxBarsPerRequest,
                symbolOverrides);
    }

    public VenueConfig withMaxBarsPerRequest(int bars) {
        return new VenueConfig(restBaseUrl, wsBaseUrl, httpClient, clock, maxAttempts, maxRetryWait, bars,
                symbolOverrides);
    }

    public VenueConfig withSymbolOverrides(Map<Instrument, String> spellings) {
        return new VenueConfig(restBaseUrl, wsBaseUrl, httpClient, clock, maxAttempts, maxRetryWait,
                maxBarsPerRequest, spellings);
    }

    /** This configuration with what the user's config file says about the venue; what it leaves out stays. */
    public VenueConfig withOverrides(VenueOverrides overrides) {
        VenueConfig c = this;
        if (overrides.restBaseUrl().isPresent()) {
            c = c.withRestBaseUrl(overrides.restBaseUrl().get());
        }
        if (overrides.wsBaseUrl().isPresent()) {
            c = c.withWsBaseUrl(overrides.wsBaseUrl().get());
        }
        return overrides.symbols().isEmpty() ? c : c.withSymbolOverrides(overrides.symbols());
    }

    /** How the venue spells {@code instrument}: the user's override, else the adapter's default mapping. */
    public String symbolFor(Instrument instrument, Function<Instrument, String> venueDefault) {
        String override = symbolOverrides.get(instrument);
        return override != null ? override : venueDefault.apply(instrument);
    }

    /** The REST root to use: the override, else {@code venueDefault}. */
    public HttpUrl restBaseUrlOr(String venueDefault) {
        return HttpUrl.get(restBaseUrl != null ? restBaseUrl : venueDefault);
    }

    /** The WebSocket root to use: the override, else {@code venueDefault}. */
    public URI wsBaseUrlOr(String venueDefault) {
        return URI.create(wsBaseUrl != null ? wsBaseUrl : venueDefault);
    }

    /** The page size: the venue's maximum unless a smaller one was configured. */
    public int barsPerRequest(int venueMaximum) {
        return maxBarsPerRequest == 0 ? venueMaximum : Math.min(maxBarsPerRequest, venueMaximum);
    }

    // OkHttp's advice: one client per process, so connections and threads are pooled. Created on first use. Its
    // threads (REST calls, and each WebSocket's reader: a frame every millisecond on a busy stream) are background
    // work, so they run below the JavaFX thread's priority like the app's other background threads.
    private static final class SharedClient {
        static final OkHttpClient INSTANCE = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                        new SynchronousQueue<>(), BackgroundPriority.lowered(r -> {
                            Thread t = new Thread(r, "OkHttp Dispatcher");
                            t.setDaemon(true);
                            return t;
                        }))))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(60))
                .build();
    }
}
