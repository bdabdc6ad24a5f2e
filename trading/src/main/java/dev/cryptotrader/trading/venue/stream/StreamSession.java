package dev.cryptotrader.trading.venue.stream;

import dev.cryptotrader.trading.domain.Candle;
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
    private final SessionLoop loop;
    private final StreamEvents events = new Events();

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
        this.loop = new SessionLoop("live " + name);
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
            loop.execute(() -> halt(State.STOPPED, "stopped"));
        } catch (RejectedExecutionException alreadyClosed) {
            return;
        }
        loop.shutdown();
    }

    private void connect() {
        if (stopped) {
            return;
        }
        listener.status(State.CONNECTING, failures == 0 ? "connecting" : "connecting (attempt " + (failures + 1) + ")");
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
        loop.every(Duration.ofMillis(Math.max(1, staleAfter.toMillis() / 4)), () -> checkStale(gen, staleAfter));
        if (endpoint.pingInterval().isPositive()) {
            loop.every(endpoint.pingInterval(), () -> ping(gen));
        }
        if (endpoint.maxAge().isPositive()) {
            loop.once(endpoint.maxAge(), () -> renew(gen, endpoint.maxAge()));
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
            abandonSocket(false);
            failures = 0;
            listener.status(State.DISCONNECTED, "renewing the connection after " + age
                    + " (the venue closes older ones); reconnecting now");
            loop.execute(this::connect);
        }
    }

    /** The connection is gone (closed, failed or stale): count the failure and try again after the backoff. */
    private void lost(String why) {
        boolean wasHealthy = subscribedAtNanos != 0
                && System.nanoTime() - subscribedAtNanos >= settings.staleAfter().toNanos();
        abandonSocket(false);
        // A connection that worked for a while resets the backoff; one that dies young makes the next wait longer.
        failures = wasHealthy ? 1 : failures + 1;
        retryLater(why);
    }

    private void retryLater(String why) {
        Duration delay = settings.reconnect().delay(failures);
        listener.status(State.DISCONNECTED, why + "; reconnecting in " + delay.toMillis() + " ms (attempt "
                + (failures + 1) + ")");
        loop.once(delay, this::connect);
    }

    /** Forgets the current connection: its timers stop and its late callbacks carry an old generation. */
    private void abandonSocket(boolean gracefully) {
        loop.cancelTimers();
        generation++;
        if (socket != null) {
            if (gracefully) {
                socket.close(1000, "unsubscribed");
            } else {
                socket.cancel(); // it may be dead already: a close handshake could wait in vain
            }
            socket = null;
        }
        protocol.reset();
    }

    /** Ends the session for good: by the caller's close, or because the venue refused the subscription. */
    private void halt(State finalState, String message) {
        if (!stopped) {
            stopped = true;
            abandonSocket(true);
            listener.status(finalState, message);
        }
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

    private boolean isCurrent(int gen) {
        return gen == generation && !stopped;
    }

    /** What the protocol reports, applied on the session thread. */
    private final class Events implements StreamEvents {
        @Override
        public void subscribed(String detail) {
            subscribedAtNanos = System.nanoTime();
            listener.status(State.SUBSCRIBED, detail);
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
            listener.status(State.FRAME_REJECTED, why + " (frame: " + JsonBodies.snippet(frame) + ")");
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
