package dev.cryptotrader.trading.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.venue.binance.BinanceWsFrames.Kline;
import dev.cryptotrader.trading.venue.binance.BinanceWsFrames.OtherEvent;
import dev.cryptotrader.trading.venue.binance.BinanceWsFrames.Reply;
import dev.cryptotrader.trading.venue.binance.BinanceWsFrames.RequestError;
import dev.cryptotrader.trading.venue.binance.BinanceWsFrames.ServerShutdown;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.stream.CandleCloser;
import dev.cryptotrader.trading.venue.stream.StreamEndpoint;
import dev.cryptotrader.trading.venue.stream.StreamEvents;
import dev.cryptotrader.trading.venue.stream.StreamProtocol;

import java.time.Duration;
import java.util.Optional;

/**
 * The Binance {@code <symbol>@kline_<interval>} stream on {@code /ws}: a SUBSCRIBE request, whose {@code result:null}
 * answer confirms it, then kline events where {@code k.x} marks the closed bar. Binance's own ping frames are answered
 * by OkHttp (it replies to every ping with a pong carrying the same payload). Our application ping is a
 * LIST_SUBSCRIPTIONS request: its answer proves the connection and the subscription alive even when a quiet pair
 * sends no events.
 */
final class BinanceStreamProtocol implements StreamProtocol {

    private static final String SUBSCRIBE_ID = "1";

    private final String url;
    private final String stream;
    private final String symbol;
    private final String interval;
    private final Timeframe timeframe;
    private final Duration pingInterval;
    private final Duration maxAge;
    private long nextId = 2;

    BinanceStreamProtocol(String url, String symbol, Timeframe timeframe, Duration pingInterval, Duration maxAge) {
        this.url = url;
        this.symbol = symbol;
        this.interval = BinanceMapper.interval(timeframe);
        this.stream = BinanceMapper.streamName(symbol, timeframe);
        this.timeframe = timeframe;
        this.pingInterval = pingInterval;
        this.maxAge = maxAge;
    }

    @Override
    public StreamEndpoint endpoint() {
        return new StreamEndpoint(url, pingInterval, maxAge);
    }

    @Override
    public void onOpen(FrameSender out) {
        out.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"" + stream + "\"],\"id\":" + SUBSCRIBE_ID + "}");
    }

    @Override
    public void onText(String text, FrameSender out, StreamEvents events) {
        switch (BinanceWsFrames.parse(text)) {
            case Reply r when SUBSCRIBE_ID.equals(r.id()) -> events.subscribed("Binance stream " + stream);
            case Reply r -> checkListed(r.result(), events);
            case RequestError e when SUBSCRIBE_ID.equals(e.id()) -> events.fail("Binance refused the subscription to "
                    + stream + ": error " + e.code() + " " + e.message());
            case RequestError e -> events.rejected(text, "Binance error " + e.code() + ": " + e.message());
            case Kline k -> kline(k, events);
            case ServerShutdown s -> events.reconnect("Binance announced a server shutdown");
            case OtherEvent o -> throw new BadPayloadException("an event of type '" + o.type() + "' on a stream that"
                    + " only carries " + stream);
        }
    }

    private void kline(Kline k, StreamEvents events) {
        if (k.stream() != null && !stream.equals(k.stream())) {
            throw new BadPayloadException("an event of stream " + k.stream() + "; we subscribed to " + stream);
        }
        if (!symbol.equals(k.symbol()) || !interval.equals(k.interval())) {
            throw new BadPayloadException("a kline of " + k.symbol() + " " + k.interval() + "; we subscribed to "
                    + symbol + " " + interval);
        }
        Candle candle = CandleCloser.check(BinanceMapper.liveCandle(k.cells(), timeframe), timeframe);
        if (k.closed()) {
            events.closed(candle);
        } else {
            events.forming(candle);
        }
    }

    /** The answer to our LIST_SUBSCRIPTIONS ping: if our stream is gone from it, only a new connection helps. */
    private void checkListed(JsonNode result, StreamEvents events) {
        if (result != null && result.isArray()) {
            for (JsonNode name : result) {
                if (stream.equals(name.asText())) {
                    return;
                }
            }
            events.reconnect("Binance no longer lists our stream " + stream);
        }
    }

    @Override
    public Optional<String> pingFrame() {
        return Optional.of("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":" + (nextId++) + "}");
    }

    @Override
    public void reset() {
        // Nothing belongs to one connection: each kline event says by itself whether its bar is closed.
    }
}
