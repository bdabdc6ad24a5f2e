package dev.cryptotrader.trading.venue.stream;

import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * OkHttp's callbacks for one connection, moved onto the session's thread (OkHttp calls from its reader thread). A
 * close or a failure both end the connection; they arrive as one sentence saying why.
 */
final class SocketRelay extends WebSocketListener {

    private final Executor session;
    private final Consumer<WebSocket> opened;
    private final Consumer<String> frame;
    private final Consumer<String> ended;

    SocketRelay(Executor session, Consumer<WebSocket> opened, Consumer<String> frame, Consumer<String> ended) {
        this.session = session;
        this.opened = opened;
        this.frame = frame;
        this.ended = ended;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        post(() -> opened.accept(webSocket));
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        post(() -> frame.accept(text));
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        webSocket.close(1000, null); // answer the close handshake so the socket is released
        post(() -> ended.accept("the venue closed the connection (code " + code
                + (reason.isEmpty() ? "" : ", " + reason) + ")"));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        post(() -> ended.accept("connection failed: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : " " + t.getMessage())
                + (response == null ? "" : " (HTTP " + response.code() + ")")));
    }

    private void post(Runnable task) {
        try {
            session.execute(task);
        } catch (RejectedExecutionException sessionClosed) {
            // The session was closed while OkHttp still had a callback in flight: nobody is listening any more.
        }
    }
}
