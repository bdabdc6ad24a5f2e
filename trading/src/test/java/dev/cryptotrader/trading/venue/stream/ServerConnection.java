package dev.cryptotrader.trading.venue.stream;

import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.fail;

/** The server's end of one client connection, driven by the test. */
public final class ServerConnection extends WebSocketListener {

    private final int index;
    private final RecordedRequest upgrade;
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile Function<String, String> responder = frame -> null;

    ServerConnection(int index, RecordedRequest upgrade) {
        this.index = index;
        this.upgrade = upgrade;
    }

    /** 0 for the first connection the client opened. */
    public int index() {
        return index;
    }

    /** The client's upgrade request (its URL carries KuCoin's token and connectId). */
    public RecordedRequest upgradeRequest() {
        return upgrade;
    }

    ServerConnection awaitOpen() throws InterruptedException {
        if (!opened.await(FakeVenueServer.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("connection #" + index + " never opened");
        }
        return this;
    }

    /** Answers client frames automatically (pings) with what {@code responder} returns; null means no answer. */
    public void answer(Function<String, String> responder) {
        this.responder = responder;
    }

    public void send(String... frames) {
        for (String frame : frames) {
            socket.send(frame);
        }
    }

    /** The next frame from the client that matches, skipping others; fails after the wait. */
    public String awaitFrame(Predicate<String> wanted, String what) {
        long deadline = System.nanoTime() + FakeVenueServer.WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String frame = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("connection #" + index + ": the client never sent " + what + "; it sent "
                + received);
    }

    public String awaitFrameContaining(String text) {
        return awaitFrame(f -> f.contains(text), "a frame containing " + text);
    }

    /** Every frame the client sent so far. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /**
     * Cuts the TCP connection without a close handshake, the way a network failure does. OkHttp has no public API for
     * that on the server side; its internal failWebSocket cancels the socket (test-only use of an internal).
     */
    public void drop() {
        ((RealWebSocket) socket).failWebSocket(new IOException("dropped by the test"), null, false);
    }

    /**
     * Sends a WebSocket ping control frame (Binance does every 20 s); internal OkHttp API, test only. It writes on the
     * calling thread, not OkHttp's writer thread, so call it only when no {@link #send} is still in flight.
     */
    public void sendPingFrame() {
        ((RealWebSocket) socket).writePingFrame$okhttp();
    }

    /** How many pong control frames the client has sent back. */
    public int pongsReceived() {
        return ((RealWebSocket) socket).receivedPongCount();
    }

    public boolean awaitEnd() {
        try {
            return ended.await(FakeVenueServer.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isEnded() {
        return ended.getCount() == 0;
    }

    void closeQuietly() {
        WebSocket s = socket;
        if (s != null && !isEnded()) {
            s.close(1001, "test over");
        }
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        socket = webSocket;
        opened.countDown();
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        received.add(text);
        inbox.add(text);
        String reply = responder.apply(text);
        if (reply != null) {
            webSocket.send(reply);
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(1000, null); // MockWebServer only releases the connection once both sides closed
        ended.countDown();
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        ended.countDown();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        ended.countDown();
    }
}
