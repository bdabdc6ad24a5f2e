package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.venue.VenueFixtures;
import dev.cryptotrader.trading.venue.stream.Await;
import dev.cryptotrader.trading.venue.stream.LiveHarness;
import dev.cryptotrader.trading.venue.stream.ServerConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static dev.cryptotrader.trading.venue.bitfinex.FakeBitfinexStream.HEARTBEAT;
import static dev.cryptotrader.trading.venue.bitfinex.FakeBitfinexStream.INFO;
import static dev.cryptotrader.trading.venue.bitfinex.FakeBitfinexStream.SUBSCRIBED;
import static dev.cryptotrader.trading.venue.bitfinex.FakeBitfinexStream.snapshot;
import static dev.cryptotrader.trading.venue.bitfinex.FakeBitfinexStream.update;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bar;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bars;
import static dev.cryptotrader.trading.venue.stream.LiveBars.during;
import static dev.cryptotrader.trading.venue.stream.LiveBars.fastSettings;
import static dev.cryptotrader.trading.venue.stream.LiveBars.partial;
import static dev.cryptotrader.trading.venue.stream.LiveBars.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Bitfinex's candles channel against a fake Bitfinex on MockWebServer (WebSocket and REST). */
class BitfinexLiveFeedTest {

    private static final Instrument BTC_USD = Instrument.of("BTC", "USD");

    private final LiveHarness live = new LiveHarness(Exchange.BITFINEX, BTC_USD, "/ws/2", "/ws/2");

    @AfterEach
    void stop() {
        live.close();
    }

    /** Greets, waits for the candles subscription of our key and confirms it on {@link FakeBitfinexStream#CHANNEL}. */
    private ServerConnection subscribed() {
        ServerConnection c = live.venue.nextConnection();
        c.send(INFO);
        c.awaitFrame(f -> f.contains("\"event\":\"subscribe\"") && f.contains("\"channel\":\"candles\"")
                && f.contains("\"key\":\"trade:1m:tBTCUSD\""), "the candles subscription");
        c.send(SUBSCRIBED);
        return c;
    }

    @Test
    void theDocumentedFramesGiveTheSubscriptionAFormingAndAClosedCandle() {
        String[] recorded = VenueFixtures.read("bitfinex/DOCEX_ws2_candles_frames.jsonl").strip().split("\n");
        live.startFeed(fastSettings());
        ServerConnection c = live.venue.nextConnection();
        c.awaitFrameContaining("trade:1m:tBTCUSD");

        c.send(recorded);

        Await.until("both candles", () -> live.listener.closed.size() == 1 && live.listener.forming.size() == 1);
        assertThat(live.listener.count(State.SUBSCRIBED)).isEqualTo(1);
        // The snapshot's only row is the newest, so it is forming; the update is an older bar, so it is final.
        Candle forming = live.listener.forming.getFirst();
        assertThat(forming.openTime()).isEqualTo(1574698260000L);
        assertThat(forming.open()).isEqualByComparingTo(new BigDecimal("7379.785503"));
        assertThat(forming.close()).isEqualByComparingTo(new BigDecimal("7383.8"));
        assertThat(forming.high()).isEqualByComparingTo(new BigDecimal("7388.3"));
        assertThat(forming.low()).isEqualByComparingTo(new BigDecimal("7379.785503"));
        assertThat(forming.volume()).isEqualByComparingTo(new BigDecimal("1.68829482"));
        assertThat(live.listener.closed.getFirst().openTime()).isEqualTo(1574698200000L);
    }

    @Test
    void aSnapshotThenUpdatesThenADropLeaveTheStoredSeriesWholeAndSingle() {
        live.venue.rest(FakeBitfinexStream.history(bars(0, 40)));
        live.startService(fastSettings());

        ServerConnection first = subscribed(); // empty store: nothing to catch up yet
        first.send(snapshot(List.of(bar(5), bar(6), bar(7), bar(8), bar(9), partial(10))));
        first.send(update(bar(10)), update(partial(11)), HEARTBEAT, update(bar(11)), update(partial(12)));
        Await.until("minute 12 forming", () -> live.listener.forming.stream()
                .anyMatch(c -> c.openTime() == bar(12).openTime()));
        live.awaitStoredThrough(11);
        live.clock.set(during(20));
        first.drop();

        ServerConnection second = subscribed(); // catch-up 12..19 from REST, then a snapshot overlapping it
        second.send(snapshot(List.of(bar(16), bar(17), bar(18), bar(19), partial(20))));
        second.send(update(bar(20)), update(partial(21)));
        live.awaitStoredThrough(20);
        live.awaitDeliveredThrough(20);

        assertThat(values(live.stored())).isEqualTo(values(bars(5, 21)));
        assertThat(live.listener.closedTimes()).isEqualTo(bars(10, 21).stream().map(Candle::openTime).toList());
        assertThat(live.listener.count(State.DISCONNECTED)).isEqualTo(1);
        assertThat(live.listener.count(State.SUBSCRIBED)).isEqualTo(2);
    }

    @Test
    void heartbeatsKeepTheConnectionAndTheirAbsenceMakesItStale() throws InterruptedException {
        live.startFeed(fastSettings().withStaleAfter(Duration.ofMillis(500)));
        ServerConnection first = subscribed();
        for (int i = 0; i < 12; i++) { // 1.2 s of heartbeats only: more than twice the stale limit
            first.send(HEARTBEAT);
            Thread.sleep(100);
        }
        assertThat(live.venue.connectionCount()).isEqualTo(1);

        ServerConnection second = subscribed(); // silence from here on

        assertThat(second.index()).isEqualTo(1);
        assertThat(live.listener.statuses(State.DISCONNECTED)).singleElement()
                .extracting(ConnectionStatus::message).asString().startsWith("stale: no data and no heartbeat");
    }

    @Test
    void framesOfAnUnknownChannelAndMalformedFramesAreReportedNotUsed() {
        live.startFeed(fastSettings());
        ServerConnection c = subscribed();

        c.send("[999,[1704067800000,1,1,1,1,1]]", "[" + FakeBitfinexStream.CHANNEL + ",[[1704067800000,1",
                "[" + FakeBitfinexStream.CHANNEL + ",[1704067800000,\"abc\",1,1,1,1]]", update(bar(10)),
                update(bar(11)));

        Await.until("the good updates still arrive", () -> live.listener.closed.size() == 1);
        List<ConnectionStatus> rejected = live.listener.statuses(State.FRAME_REJECTED);
        assertThat(rejected).hasSize(3);
        assertThat(rejected.get(0).message()).contains("channel 999").contains("channel 343351").contains("[999,");
        assertThat(rejected.get(1).message()).contains("malformed JSON");
        assertThat(rejected.get(2).message()).contains("open").contains("abc");
        assertThat(values(live.listener.closed)).isEqualTo(values(List.of(bar(10))));
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }

    @Test
    void aRefusedSubscriptionEndsTheFeed() throws InterruptedException {
        live.startFeed(fastSettings());
        ServerConnection c = live.venue.nextConnection();
        c.awaitFrameContaining("subscribe");

        c.send("{\"event\":\"error\",\"msg\":\"symbol: invalid\",\"code\":10300,\"channel\":\"candles\"}");

        Await.until("the feed gives up", () -> live.listener.count(State.FAILED) == 1);
        assertThat(live.listener.statuses(State.FAILED).getFirst().message()).contains("10300").contains("invalid");
        Thread.sleep(200);
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }

    @Test
    void info20051AsksForANewConnection() {
        live.startFeed(fastSettings());
        ServerConnection first = subscribed();

        first.send("{\"event\":\"info\",\"code\":20051,\"msg\":\"Stopping. Please try to reconnect\"}");

        assertThat(subscribed().index()).isEqualTo(1);
        assertThat(live.listener.statuses(State.DISCONNECTED).getFirst().message()).contains("20051");
    }
}
