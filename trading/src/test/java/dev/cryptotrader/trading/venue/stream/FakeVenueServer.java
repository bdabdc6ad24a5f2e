package dev.cryptotrader.trading.venue.stream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.fail;

/**
 * A venue on one MockWebServer: WebSocket upgrades on {@code wsPath} become {@link ServerConnection}s that the test
 * drives step by step (await a frame, send frames, drop the connection); every other request goes to a REST handler
 * that answers like the venue's history endpoint.
 */
public final class FakeVenueServer implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final MockWebServer server = new MockWebServer();
    private final String wsPath;
    private final BlockingQueue<ServerConnection> fresh = new LinkedBlockingQueue<>();
    private final List<ServerConnection> connections = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> restRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger upgradesToRefuse = new AtomicInteger();
    private volatile Function<RecordedRequest, MockResponse> rest =
            r -> new MockResponse.Builder().code(404).body("{\"error\":\"no REST in this fake\"}").build();

    public FakeVenueServer(String wsPath) {
        this.wsPath = wsPath;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                boolean upgrade = "websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"));
                if (upgrade && upgradesToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return new MockResponse.Builder().code(503).body("busy").build();
                }
                if (upgrade && request.getUrl().encodedPath().startsWith(wsPath)) {
                    ServerConnection connection = new ServerConnection(connections.size(), request);
                    connections.add(connection);
                    fresh.add(connection);
                    return new MockResponse.Builder().webSocketUpgrade(connection).build();
                }
                restRequests.add(request);
                return rest.apply(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ws://host:port} + the path: what the feed's WS base URL override should be. */
    public String wsRoot() {
        return "ws://" + server.getHostName() + ":" + server.getPort();
    }

    public String restRoot() {
        return server.url("/").toString();
    }

    /** The next {@code count} WebSocket upgrades are answered 503, as by an overloaded venue. */
    public void refuseUpgrades(int count) {
        upgradesToRefuse.set(count);
    }

    public void rest(Function<RecordedRequest, MockResponse> handler) {
        this.rest = handler;
    }

    /** The next connection the client opens (in order), waiting for it. */
    public ServerConnection nextConnection() {
        try {
            ServerConnection c = fresh.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (c == null) {
                fail("the client did not open connection #" + (connections.size() + 1) + " within " + WAIT);
            }
            return c.awaitOpen();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int connectionCount() {
        return connections.size();
    }

    public List<RecordedRequest> restRequests() {
        return List.copyOf(restRequests);
    }

    /** Closes what the client left open (the server side must answer a close or shutdown hangs), then the server. */
    @Override
    public void close() {
        connections.forEach(ServerConnection::closeQuietly);
        server.close();
    }
}
