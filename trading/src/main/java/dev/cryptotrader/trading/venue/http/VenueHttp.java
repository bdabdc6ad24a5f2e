package dev.cryptotrader.trading.venue.http;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.venue.VenueConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The HTTP plumbing every raw client shares: take the weight from a budget, send the GET, read the body, and on 429 or
 * 418 sleep as long as the venue asks (resilience4j {@link Retry}) before trying again. Connection failures become
 * {@code UNAVAILABLE}; a rate limit that outlasts the attempts becomes {@code RATE_LIMITED}. Everything else is handed
 * back as an {@link HttpResult} for the raw client to interpret, because venues explain errors in the body.
 */
public final class VenueHttp {

    private static final Logger LOG = LoggerFactory.getLogger(VenueHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");
    /** Bodies up to this size with a Content-Length are read into an array of that size directly. */
    private static final long MAX_SIZED_BODY = 256L << 20;

    private final Exchange exchange;
    private final OkHttpClient client;
    private final HttpUrl baseUrl;
    private final RetryAfter retryAfter;
    private final Consumer<Headers> onHeaders;
    private final Duration maxRetryWait;
    private final int maxAttempts;
    private final Retry retry;

    /**
     * @param onHeaders sees the headers of every answer, including 429s (Binance reports its used weight there)
     */
    public VenueHttp(Exchange exchange, VenueConfig config, String defaultBaseUrl, RetryAfter retryAfter,
                     Consumer<Headers> onHeaders) {
        this.exchange = exchange;
        this.client = config.httpClient();
        this.baseUrl = config.restBaseUrlOr(defaultBaseUrl);
        this.retryAfter = retryAfter;
        this.onHeaders = onHeaders;
        this.maxRetryWait = config.maxRetryWait();
        this.maxAttempts = config.maxAttempts();
        this.retry = Retry.of(exchange + "-rest", RetryConfig.<HttpResult>custom()
                .maxAttempts(maxAttempts)
                // A ban longer than we are willing to sleep through fails at once instead of hanging a backfill.
                .retryOnException(e -> e instanceof RetryAfterException r && r.waitTime().compareTo(maxRetryWait) <= 0)
                .intervalBiFunction((attempt, outcome) ->
                        waitMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null))
                .build());
    }

    public Exchange exchange() {
        return exchange;
    }

    /** {@code base + path}, e.g. {@code url("api/v3/klines")}; add query parameters to the returned builder. */
    public HttpUrl.Builder url(String pathSegments) {
        return baseUrl.newBuilder().addPathSegments(pathSegments);
    }

    /** Sends a GET that costs {@code weight} of {@code budget}, retrying 429/418 as the venue asks. */
    public HttpResult get(HttpUrl url, RequestBudget budget, int weight) {
        return send("GET", url, budget, weight);
    }

    /**
     * Sends a POST with an empty JSON object as its body, for the few public calls that are POSTs (KuCoin's
     * {@code bullet-public} WebSocket token). Budget and retries as for {@link #get}.
     */
    public HttpResult post(HttpUrl url, RequestBudget budget, int weight) {
        return send("POST", url, budget, weight);
    }

    private HttpResult send(String method, HttpUrl url, RequestBudget budget, int weight) {
        try {
            return retry.executeSupplier(() -> once(method, url, budget, weight));
        } catch (RetryAfterException e) {
            String why = e.waitTime().compareTo(maxRetryWait) > 0
                    ? "it asks us to wait " + e.waitTime().toSeconds() + " s, longer than the configured maximum of "
                      + maxRetryWait.toSeconds() + " s"
                    : "still refused after " + maxAttempts + " attempt" + (maxAttempts == 1 ? "" : "s");
            throw new ExchangeException(exchange, ExchangeException.Kind.RATE_LIMITED,
                    describe(method, url) + ": rate limited (HTTP " + e.status() + "); " + why, e);
        }
    }

    /** Runs a mapper over a reply; a {@link BadPayloadException} becomes a BAD_RESPONSE naming the request. */
    public <T, R> R map(Reply<T> reply, Function<T, R> mapper) {
        try {
            return mapper.apply(reply.body());
        } catch (BadPayloadException e) {
            throw new ExchangeException(exchange, ExchangeException.Kind.BAD_RESPONSE,
                    reply.request() + ": " + e.getMessage());
        }
    }

    private HttpResult once(String method, HttpUrl url, RequestBudget budget, int weight) {
        budget.acquire(exchange, weight);
        String request = describe(method, url);
        RequestBody payload = "POST".equals(method) ? RequestBody.create("{}", JSON) : null;
        Request call = new Request.Builder().url(url).method(method, payload).header("Accept", "application/json")
                .build();
        try (Response response = client.newCall(call).execute()) {
            // The bytes as they came: history pages are parsed from them without a string of the whole page
            // (HttpResult decodes text on demand, as ResponseBody.string() would).
            ResponseBody responseBody = response.body();
            MediaType type = responseBody.contentType();
            byte[] body = readBody(responseBody);
            onHeaders.accept(response.headers());
            int status = response.code();
            if (status == 429 || status == 418) {
                throw new RetryAfterException(exchange, status, retryAfter.waitFor(response.headers()));
            }
            return new HttpResult(request, status, response.headers(), body,
                    type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExchangeException(exchange, ExchangeException.Kind.UNAVAILABLE,
                    request + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The whole body. With a known length it is read straight into one array a socket read at a time, so OkHttp's
     * segments go back to its pool as they are copied (reading into a buffer first holds a page's worth of new
     * segments, then copies them); without one, as OkHttp reads it. A body that ends early fails either way
     * ({@code unexpected end of stream}).
     */
    private static byte[] readBody(ResponseBody body) throws IOException {
        long length = body.contentLength();
        BufferedSource source = body.source();
        if (length < 0 || length > MAX_SIZED_BODY) {
            return source.readByteArray();
        }
        byte[] bytes = new byte[(int) length];
        int read = 0;
        while (read < bytes.length) {
            int n = source.read(bytes, read, bytes.length - read);
            if (n < 0) {
                throw new EOFException("the body ended after " + read + " of " + length + " bytes");
            }
            read += n;
        }
        return bytes;
    }

    private long waitMillis(int attempt, Throwable failure) {
        Duration wait = failure instanceof RetryAfterException r ? r.waitTime() : Duration.ofSeconds(1);
        LOG.warn("{}: {} (attempt {} of {}); waiting {} ms before trying again", exchange,
                failure == null ? "retry" : failure.getMessage(), attempt, maxAttempts, wait.toMillis());
        return Math.max(1, wait.toMillis()); // resilience4j wants a positive interval
    }

    static String describe(String method, HttpUrl url) {
        String query = url.encodedQuery();
        return method + " " + url.encodedPath() + (query == null ? "" : "?" + query);
    }
}
