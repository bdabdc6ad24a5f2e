package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.internal.ws.RealWebSocket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of the three venues faked on a MockWebServer, in each venue's own frame and REST shapes (the trading module's
 * fakes are richer; this one only plays the connect, subscribe, stream, drop scenario). Each connection confirms the
 * subscription as soon as the client asks, then sends the frames the test queued for that connection.
 */
final class ScriptedVenue implements AutoCloseable {

    /** How each venue spells the scenario. */
    enum Kind {
        BITFINEX(Exchange.BITFINEX, Instrument.of("BTC", "USD"), "/ws/2"),
        BINANCE(Exchange.BINANCE, Instrument.of("BTC", "USDT"), "/ws"),
        KUCOIN(Exchange.KUCOIN, Instrument.of("BTC", "USDT"), "/endpoint");

        final Exchange exchange;
        final Instrument instrument;
        final String wsPath;

        Kind(Exchange exchange, Instrument instrument, String wsPath) {
            this.exchange = exchange;
            this.instrument = instrument;
            this.wsPath = wsPath;
        }

        /** The frames that close {@code closing} bar by bar and leave {@code formingAfter} forming. */
        List<String> frames(List<Candle> closing, Candle formingAfter, Function<Candle, Candle> partial) {
            List<String> out = new ArrayList<>();
            for (Candle c : closing) {
                out.add(candle(partial.apply(c), false));
                out.add(candle(c, true));
            }
            out.add(candle(formingAfter, false));
            return out;
        }

        /** Binance says {@code x}; the others close a bar when the next one starts, so {@code closed} is unused. */
        String candle(Candle c, boolean closed) {
            String o = c.open().toPlainString();
            String h = c.high().toPlainString();
            String l = c.low().toPlainString();
            String cl = c.close().toPlainString();
            String v = c.volume().toPlainString();
            return switch (this) {
                case BITFINEX -> "[7," + bitfinexRow(c) + "]";
                case BINANCE -> "{\"e\":\"kline\",\"E\":1,\"s\":\"BTCUSDT\",\"k\":{\"t\":" + c.openTime() + ",\"T\":"
                        + (c.openTime() + 59_999) + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":\"" + o + "\",\"c\":\"" + cl
                        + "\",\"h\":\"" + h + "\",\"l\":\"" + l + "\",\"v\":\"" + v + "\",\"x\":" + closed + "}}";
                case KUCOIN -> "{\"topic\":\"/market/candles:BTC-USDT_1min\",\"type\":\"message\",\"subject\":"
                        + "\"trade.candles.update\",\"data\":{\"candles\":" + kucoinRow(c) + "}}";
            };
        }

        /** The answer to the client's subscription request, or null when {@code frame} is not one. */
        String confirm(String frame) {
            return switch (this) {
                case BITFINEX -> frame.contains("\"event\":\"subscribe\"")
                        ? "{\"event\":\"subscribed\",\"channel\":\"candles\",\"chanId\":7,\"key\":\"trade:1m:tBTCUSD\"}"
                        : null;
                case BINANCE -> frame.contains("\"method\":\"SUBSCRIBE\"") ? "{\"result\":null,\"id\":1}" : null;
                case KUCOIN -> frame.contains("\"type\":\"subscribe\"")
                        ? "{\"id\":\"" + frame.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1") + "\",\"type\":\"ack\"}"
                        : null;
            };
        }

        MockResponse rest(RecordedRequest r, List<Candle> source, String wsRoot) {
            var url = r.getUrl();
            String body = switch (this) {
                case BITFINEX -> rows(source, Long.parseLong(url.queryParameter("start")),
                        Long.parseLong(url.queryParameter("end")), Kind::bitfinexRow, false);
                case BINANCE -> rows(source, Long.parseLong(url.queryParameter("startTime")),
                        Long.parseLong(url.queryParameter("endTime")), Kind::binanceRow, false);
                case KUCOIN -> url.encodedPath().endsWith("bullet-public")
                        ? "{\"code\":\"200000\",\"data\":{\"token\":\"t\",\"instanceServers\":[{\"endpoint\":\""
                          + wsRoot + wsPath + "\",\"pingInterval\":60000,\"pingTimeout\":10000}]}}"
                        : "{\"code\":\"200000\",\"data\":" + rows(source,
                          Long.parseLong(url.queryParameter("startAt")) * 1000,
                          Long.parseLong(url.queryParameter("endAt")) * 1000, Kind::kucoinRow, true) + "}";
            };
            return new MockResponse.Builder().code(200).body(body).build();
        }

        private static String rows(List<Candle> source, long from, long toInclusive, Function<Candle, String> row,
                                   boolean newestFirst) {
            List<String> rows = source.stream().filter(c -> c.openTime() >= from && c.openTime() <= toInclusive)
                    .map(row).collect(Collectors.toCollection(ArrayList::new));
            if (newestFirst) {
                java.util.Collections.reverse(rows);
            }
            return String.join(",", rows).transform(s -> "[" + s + "]");
        }

        private static String bitfinexRow(Candle c) {
            return "[" + c.openTime() + "," + c.open().toPlainString() + "," + c.close().toPlainString() + ","
                    + c.high().toPlainString() + "," + c.low().toPlainString() + "," + c.volume().toPlainString() + "]";
        }

        private static String binanceRow(Candle c) {
            return "[" + c.openTime() + ",\"" + c.open().toPlainString() + "\",\"" + c.high().toPlainString() + "\",\""
                    + c.low().toPlainString() + "\",\"" + c.close().toPlainString() + "\",\""
                    + c.volume().toPlainString() + "\"," + (c.openTime() + 59_999) + ",\"0\",1,\"0\",\"0\",\"0\"]";
        }

        private static String kucoinRow(Candle c) {
            return "[\"" + c.openTime() / 1000 + "\",\"" + c.open().toPlainString() + "\",\""
                    + c.close().toPlainString() + "\",\"" + c.high().toPlainString() + "\",\""
                    + c.low().toPlainString() + "\",\"" + c.volume().toPlainString() + "\",\"1\"]";
        }
    }

    final Kind kind;
    private final MockWebServer server = new MockWebServer();
    private final BlockingQueue<Connection> opened = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<String>> scripts = new LinkedBlockingQueue<>();
    private final List<Connection> all = new ArrayList<>();

    ScriptedVenue(Kind kind, List<Candle> source) throws IOException {
        this.kind = kind;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                    Connection c = new Connection(scripts.poll());
                    all.add(c);
                    return new MockResponse.Builder().webSocketUpgrade(c).build();
                }
                return kind.rest(request, source, wsRoot());
            }
        });
        server.start();
    }

    String wsRoot() {
        return "ws://" + server.getHostName() + ":" + server.getPort();
    }

    String restRoot() {
        return server.url("/").toString();
    }

    /** The frames the next connection sends once the subscription is confirmed. */
    void script(List<String> frames) {
        scripts.add(frames);
    }

    Connection nextConnection() throws InterruptedException {
        Connection c = opened.poll(10, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("the client did not connect");
        }
        return c;
    }

    @Override
    public void close() {
        all.forEach(c -> c.socket.close(1001, "test over"));
        server.close();
    }

    /** The server's end of one connection. */
    final class Connection extends WebSocketListener {
        private final List<String> script;
        private volatile WebSocket socket;

        Connection(List<String> script) {
            this.script = script == null ? List.of() : script;
        }

        /** A network failure: OkHttp's internal failWebSocket cancels the socket without a close handshake. */
        void drop() {
            ((RealWebSocket) socket).failWebSocket(new IOException("dropped by the test"), null, false);
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket = webSocket;
            if (kind == Kind.KUCOIN) {
                webSocket.send("{\"id\":\"w\",\"type\":\"welcome\"}");
            }
            opened.add(this);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            String confirmation = kind.confirm(text);
            if (confirmation != null) {
                webSocket.send(confirmation);
                script.forEach(webSocket::send);
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
        }
    }
}
