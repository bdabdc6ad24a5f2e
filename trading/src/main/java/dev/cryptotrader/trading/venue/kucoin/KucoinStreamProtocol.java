package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.kucoin.KucoinRawClient.Bullet;
import dev.cryptotrader.trading.venue.kucoin.KucoinRawClient.InstanceServer;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Ack;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Error;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Message;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Other;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Pong;
import dev.cryptotrader.trading.venue.kucoin.KucoinWsFrames.Welcome;
import dev.cryptotrader.trading.venue.stream.CandleCloser;
import dev.cryptotrader.trading.venue.stream.StreamEndpoint;
import dev.cryptotrader.trading.venue.stream.StreamEvents;
import dev.cryptotrader.trading.venue.stream.StreamProtocol;
import dev.cryptotrader.trading.venue.stream.StreamSettings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The KuCoin klines topic {@code /market/candles:BTC-USDT_1hour}: ask REST for a token and a server, connect with
 * {@code ?token=...&connectId=...}, wait for {@code welcome}, subscribe, and read candle messages once the
 * {@code ack} came. KuCoin drops a client that does not ping every {@code pingInterval}; the pongs also keep the
 * connection fresh for the stale watchdog. A candle with a later start time closes the previous one.
 */
final class KucoinStreamProtocol implements StreamProtocol {

    private static final Set<String> CANDLE_SUBJECTS = Set.of("trade.candles.update", "trade.candles.add");

    private final Supplier<Bullet> tokens;
    private final String wsOverride;
    private final String topic;
    private final Timeframe timeframe;
    private final StreamSettings settings;
    private final CandleCloser closer;
    private String subscribeId;
    private boolean welcomed;
    private boolean subscribed;
    private long nextId = 1;

    /** @param wsOverride a WebSocket root to use instead of the token's server (a local fake), or null */
    KucoinStreamProtocol(Supplier<Bullet> tokens, String wsOverride, String symbol, Timeframe timeframe,
                         StreamSettings settings) {
        this.tokens = tokens;
        this.wsOverride = wsOverride;
        this.topic = "/market/candles:" + symbol + "_" + KucoinMapper.type(timeframe);
        this.timeframe = timeframe;
        this.settings = settings;
        this.closer = new CandleCloser(timeframe);
    }

    @Override
    public StreamEndpoint endpoint() {
        Bullet bullet = tokens.get(); // a fresh token for every connection: an old one may have expired
        List<InstanceServer> servers = bullet.instanceServers();
        InstanceServer server = servers.getFirst();
        String root = wsOverride != null ? wsOverride : server.endpoint();
        if (!root.matches("(?i)wss?://.+")) {
            throw new ExchangeException(Exchange.KUCOIN,
                    ExchangeException.Kind.BAD_RESPONSE, "the token's endpoint '" + root + "' is not a ws(s) URL");
        }
        String url = root + (root.contains("?") ? "&" : "?") + "token=" + encode(bullet.token()) + "&connectId="
                + UUID.randomUUID().toString().replace("-", "");
        return new StreamEndpoint(url, settings.pingIntervalOr(Duration.ofMillis(server.pingIntervalMillis())),
                settings.maxAgeOr(Duration.ZERO));
    }

    @Override
    public void onOpen(FrameSender out) {
        // KuCoin speaks first: nothing may be sent before its welcome.
    }

    @Override
    public void onText(String text, FrameSender out, StreamEvents events) {
        switch (KucoinWsFrames.parse(text)) {
            case Welcome w -> {
                welcomed = true;
                subscribeId = Long.toString(nextId++);
                out.send("{\"id\":\"" + subscribeId + "\",\"type\":\"subscribe\",\"topic\":\"" + topic
                        + "\",\"privateChannel\":false,\"response\":true}");
            }
            case Ack a when a.id() != null && a.id().equals(subscribeId) -> {
                subscribed = true;
                events.subscribed("KuCoin topic " + topic);
            }
            case Ack a -> { }
            case Pong p -> { }
            case Error e when !subscribed -> events.fail("KuCoin refused the subscription to " + topic + ": error "
                    + e.code() + " " + e.data());
            case Error e -> events.rejected(text, "KuCoin error " + e.code() + ": " + e.data());
            case Message m -> message(m, events);
            case Other o -> throw new BadPayloadException("a frame of type '" + o.type() + "'");
        }
    }

    private void message(Message m, StreamEvents events) {
        if (!topic.equals(m.topic())) {
            throw new BadPayloadException("a message for topic " + m.topic() + "; we subscribed to " + topic);
        }
        if (!CANDLE_SUBJECTS.contains(m.subject())) {
            throw new BadPayloadException("a message with subject '" + m.subject() + "', not a candle update");
        }
        closer.accept(KucoinMapper.liveCandle(m.candles(), timeframe), events);
    }

    /** Nothing may be sent before the welcome, pings included. */
    @Override
    public Optional<String> pingFrame() {
        return welcomed ? Optional.of("{\"id\":\"" + (nextId++) + "\",\"type\":\"ping\"}") : Optional.empty();
    }

    @Override
    public void reset() {
        welcomed = false;
        subscribeId = null;
        subscribed = false;
        closer.reset();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
