package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.http.JsonBodies;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one candle subscription alive over OkHttp WebSockets, for every venue: connect, let the
 * {@link StreamProtocol} subscribe, watch for staleness, send the protocol's pings, renew old connections, and after
 * any loss reconnect with backoff and jitter. The protocol then subscribes again on the new connection.
 *
 * <p>Every event (socket callbacks, timers, stop) runs on one thread of its own, so the state below needs no locks and
 * the listener hears events strictly in order. Callbacks of a socket we have given up carry an old generation number
 * and are ignored.
 */
public final class StreamSession implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

    private final String name;
    private final OkHttpClient client;
    private final StreamProtocol protocol;
    private final StreamSettings settings;
    private final GuardedListener listener;
    private final ScheduledThreadPoolExecutor loop;
    private final SessionTimers timers;
    private final StreamEvents events = new Events();
    private volatile Thread loopThread;

    // Session-thread state.
    private WebSocket socket;
    private int generation;
    private long lastFrameNanos;
    private long subscribedAtNanos;
    private int failures;
    private boolean stopped;

    private StreamSession(String name, OkHttpClient client, StreamProtocol protocol, StreamSettings settings,
                          LiveCandleListener listener) {
        this.name = name;
        this.client = client;
        this.protocol = protocol;
        this.settings = settings;
        this.listener = new GuardedListener(name, listener);
        this.loop = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "live " + name);
            t.setDaemon(true); // a forgotten subscription must not keep the JVM alive
            loopThread = t;
            return t;
        });
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a pending reconnect dies with the session
        this.timers = new SessionTimers(loop);
    }

    /** Starts connecting at once; {@code name} (venue, symbol, timeframe) prefixes every log line and thread. */
    public static StreamSession start(String name, OkHttpClient client, StreamProtocol protocol,
                                      StreamSettings settings, LiveCandleListener listener) {
        StreamSession session = new StreamSession(name, client, protocol, settings, listener);
        session.loop.execute(session::connect);
        return session;
    }

    @Override
    public void close() {
        try {
            loop.execute(this::stopNow);
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        loop.shutdown();
        if (Thread.currentThread() != loopThread) {
            try {
                loop.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        report(State.CONNECTING, "connecting" + (failures == 0 ? "" : " (attempt " + (failures + 1) + ")"));
        StreamEndpoint endpoint;
        Request request;
        try {
            endpoint = protocol.endpoint();
            request = new Request.Builder().url(endpoint.url()).build();
        } catch (RuntimeException e) {
            failures++;
            retryLater("cannot open the connection: " + e.getMessage());
            return;
        }
        int gen = ++generation;
        lastFrameNanos = System.nanoTime();
        subscribedAtNanos = 0;
        socket = client.newWebSocket(request, new SocketRelay(loop,
                ws -> {
                    if (isCurrent(gen)) {
                        protocol.onOpen(ws::send);
                    }
                },
                text -> onFrame(gen, text),
                why -> {
                    if (isCurrent(gen)) {
                        lost(why);
                    }
                }));
        Duration staleAfter = staleAfter(endpoint);
        timers.every(Duration.ofMillis(Math.max(1, staleAfter.toMillis() / 4)), () -> checkStale(gen, staleAfter));
        if (endpoint.pingInterval().isPositive()) {
            timers.every(endpoint.pingInterval(), () -> ping(gen));
        }
        if (endpoint.maxAge().isPositive()) {
            timers.once(endpoint.maxAge(), () -> renew(gen, endpoint.maxAge()));
        }
    }

    /** A ping interval near the stale limit would make a quiet but healthy connection look dead. */
    private Duration staleAfter(StreamEndpoint endpoint) {
        Duration twoPings = endpoint.pingInterval().multipliedBy(2);
        return twoPings.compareTo(settings.staleAfter()) > 0 ? twoPings : settings.staleAfter();
    }

    private void checkStale(int gen, Duration staleAfter) {
        long silentMillis = (System.nanoTime() - lastFrameNanos) / 1_000_000;
        if (isCurrent(gen) && silentMillis > staleAfter.toMillis()) {
            lost("stale: no data and no heartbeat for " + silentMillis + " ms (limit " + staleAfter.toMillis()
                    + " ms)");
        }
    }

    private void ping(int gen) {
        if (isCurrent(gen) && socket != null) {
            protocol.pingFrame().ifPresent(socket::send);
        }
    }

    private void renew(int gen, Duration age) {
        if (isCurrent(gen)) {
            // Not a failure: the venue would cut the connection soon anyway, so the backoff starts afresh.
            abandonSocket();
            failures = 0;
            report(State.DISCONNECTED, "renewing the connection after " + age
                    + " (the venue closes older ones); reconnecting now");
            loop.execute(this::connect);
        }
    }

    /** The connection is gone (closed, failed or stale): count the failure and try again after the backoff. */
    private void lost(String why) {
        boolean wasHealthy = subscribedAtNanos != 0
                && System.nanoTime() - subscribedAtNanos >= settings.staleAfter().toNanos();
        abandonSocket();
        // A connection that worked for a while resets the backoff; one that dies young makes the next wait longer.
        failures = wasHealthy ? 1 : failures + 1;
        retryLater(why);
    }

    private void retryLater(String why) {
        Duration delay = settings.reconnect().delay(failures);
        report(State.DISCONNECTED, why + "; reconnecting in " + delay.toMillis() + " ms (attempt " + (failures + 1)
                + ")");
        timers.once(delay, this::connect);
    }

    private void abandonSocket() {
        timers.cancelAll();
        generation++; // late callbacks from the old socket are ignored from now on
        if (socket != null) {
            socket.cancel();
            socket = null;
        }
        protocol.reset();
    }

    private void stopNow() {
        halt(State.STOPPED, "stopped");
    }

    /** Ends the session for good: by the caller's close, or because the venue refused the subscription. */
    private void halt(State finalState, String message) {
        if (stopped) {
            return;
        }
        stopped = true;
        timers.cancelAll();
        generation++;
        if (socket != null) {
            socket.close(1000, "unsubscribed");
            socket = null;
        }
        protocol.reset();
        report(finalState, message);
    }

    private void onFrame(int gen, String text) {
        if (!isCurrent(gen)) {
            return;
        }
        lastFrameNanos = System.nanoTime();
        try {
            protocol.onText(text, socket::send, events);
        } catch (BadPayloadException e) {
            events.rejected(text, e.getMessage());
        } catch (RuntimeException e) {
            // A frame our protocol code cannot handle must not end the subscription; it is reported like bad data.
            LOG.error("{}: failed on frame {}", name, JsonBodies.snippet(text), e);
            events.rejected(text, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void report(State state, String message) {
        listener.status(state, message);
    }

    private boolean isCurrent(int gen) {
        return gen == generation && !stopped;
    }

    /** What the protocol reports, applied on the session thread. */
    private final class Events implements StreamEvents {
        @Override
        public void subscribed(String detail) {
            subscribedAtNanos = System.nanoTime();
            report(State.SUBSCRIBED, detail);
        }

        @Override
        public void forming(Candle candle) {
            listener.onForming(candle);
        }

        @Override
        public void closed(Candle candle) {
            listener.onClosed(candle);
        }

        @Override
        public void rejected(String frame, String why) {
            report(State.FRAME_REJECTED, why + " (frame: " + JsonBodies.snippet(frame) + ")");
        }

        @Override
        public void reconnect(String why) {
            lost(why);
        }

        @Override
        public void fail(String why) {
            halt(State.FAILED, why);
        }
    }
}
