package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Error;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Heartbeat;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Info;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.OtherEvent;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Snapshot;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Subscribed;
import dev.cryptotrader.trading.venue.bitfinex.BitfinexWsFrames.Update;
import dev.cryptotrader.trading.venue.http.BadPayloadException;
import dev.cryptotrader.trading.venue.stream.CandleCloser;
import dev.cryptotrader.trading.venue.stream.StreamEndpoint;
import dev.cryptotrader.trading.venue.stream.StreamEvents;
import dev.cryptotrader.trading.venue.stream.StreamProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * The Bitfinex {@code candles} channel: subscribe with key {@code trade:1m:tBTCUSD}, learn the channel id from the
 * {@code subscribed} event, then read the snapshot and the updates of that channel. Heartbeats ({@code hb}, every 15 s)
 * only keep the connection fresh. Info 20051 (server restart) and 20061 (maintenance over) ask for a new connection.
 */
final class BitfinexStreamProtocol implements StreamProtocol {

    private static final Logger LOG = LoggerFactory.getLogger(BitfinexStreamProtocol.class);
    static final String RESTARTING = "20051";
    static final String MAINTENANCE_START = "20060";
    static final String MAINTENANCE_END = "20061";

    private final String url;
    private final String key;
    private final Timeframe timeframe;
    private final Duration pingInterval;
    private final CandleCloser closer;
    private Long chanId;
    private long pings;

    BitfinexStreamProtocol(String url, String key, Timeframe timeframe, Duration pingInterval) {
        this.url = url;
        this.key = key;
        this.timeframe = timeframe;
        this.pingInterval = pingInterval;
        this.closer = new CandleCloser(timeframe);
    }

    @Override
    public StreamEndpoint endpoint() {
        return new StreamEndpoint(url, pingInterval, Duration.ZERO);
    }

    @Override
    public void onOpen(FrameSender out) {
        out.send("{\"event\":\"subscribe\",\"channel\":\"candles\",\"key\":\"" + key + "\"}");
    }

    @Override
    public void onText(String text, FrameSender out, StreamEvents events) {
        switch (BitfinexWsFrames.parse(text)) {
            case Info info -> info(info, events);
            case Subscribed s when "candles".equals(s.channel()) && key.equals(s.key()) -> {
                chanId = s.chanId();
                events.subscribed("Bitfinex candles " + key + " on channel " + chanId);
            }
            case Subscribed s -> events.rejected(text, "a subscription to " + s.channel() + " " + s.key()
                    + " we did not ask for");
            case Error e when chanId == null -> events.fail("Bitfinex refused the subscription to " + key
                    + ": error " + e.code() + " " + e.message());
            case Error e -> events.rejected(text, "Bitfinex error " + e.code() + ": " + e.message());
            case OtherEvent ignored -> { }
            case Heartbeat hb -> requireOurs(hb.chanId());
            case Snapshot s -> {
                requireOurs(s.chanId());
                closer.snapshot(s.rows().stream().map(row -> BitfinexMapper.liveCandle(row, timeframe)).toList(),
                        events);
            }
            case Update u -> {
                requireOurs(u.chanId());
                closer.accept(BitfinexMapper.liveCandle(u.row(), timeframe), events);
            }
        }
    }

    private void info(Info info, StreamEvents events) {
        if (RESTARTING.equals(info.code())) {
            events.reconnect("Bitfinex is restarting its WebSocket server (info " + RESTARTING + ")");
        } else if (MAINTENANCE_END.equals(info.code())) {
            events.reconnect("Bitfinex maintenance is over (info " + MAINTENANCE_END + "); subscribing again");
        } else if (MAINTENANCE_START.equals(info.code()) || "0".equals(info.platformStatus())) {
            // No data flows in maintenance; if it outlasts the stale limit the session reconnects with backoff.
            LOG.warn("Bitfinex is in maintenance ({})", info.message() == null ? "platform status 0" : info.message());
        }
    }

    private void requireOurs(long channel) {
        if (chanId == null || channel != chanId) {
            throw new BadPayloadException("data for channel " + channel + ", but our " + key + " subscription is "
                    + (chanId == null ? "not confirmed yet" : "channel " + chanId));
        }
    }

    @Override
    public Optional<String> pingFrame() {
        return Optional.of("{\"event\":\"ping\",\"cid\":" + (++pings) + "}");
    }

    @Override
    public void reset() {
        chanId = null;
        closer.reset();
    }
}
