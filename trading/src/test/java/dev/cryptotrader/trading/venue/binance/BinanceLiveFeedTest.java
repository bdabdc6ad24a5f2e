package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.live.Backoff;
import dev.cryptotrader.trading.venue.VenueFixtures;
import dev.cryptotrader.trading.venue.stream.Await;
import dev.cryptotrader.trading.venue.stream.LiveHarness;
import dev.cryptotrader.trading.venue.stream.ServerConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static dev.cryptotrader.trading.venue.binance.FakeBinanceStream.SUBSCRIBED;
import static dev.cryptotrader.trading.venue.binance.FakeBinanceStream.kline;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bar;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bars;
import static dev.cryptotrader.trading.venue.stream.LiveBars.during;
import static dev.cryptotrader.trading.venue.stream.LiveBars.fastSettings;
import static dev.cryptotrader.trading.venue.stream.LiveBars.partial;
import static dev.cryptotrader.trading.venue.stream.LiveBars.values;
import static org.assertj.core.api.Assertions.assertThat;

/** Binance's kline stream against a fake Binance on MockWebServer (WebSocket and REST). */
class BinanceLiveFeedTest {

    private final LiveHarness live = new LiveHarness(Exchange.BINANCE, LiveHarness.BTC_USDT, "/ws", "");

    @AfterEach
    void stop() {
        live.close();
    }

    /** Subscribes as Binance documents it and confirms, answering our LIST_SUBSCRIPTIONS pings meanwhile. */
    private ServerConnection subscribed() {
        ServerConnection c = live.venue.nextConnection();
        c.answer(FakeBinanceStream::answerPings);
        c.awaitFrame(f -> f.contains("\"method\":\"SUBSCRIBE\"") && f.contains("\"btcusdt@kline_1m\""),
                "SUBSCRIBE btcusdt@kline_1m");
        c.send(SUBSCRIBED);
        return c;
    }

    @Test
    void theRecordedKlineEventMapsExactly() {
        String recorded = VenueFixtures.read("binance/DOCEX_ws_kline_event.json");
        var frame = (BinanceWsFrames.Kline) BinanceWsFrames.parse(recorded);

        Candle candle = BinanceMapper.liveCandle(frame.cells(), Timeframe.M1);

        assertThat(frame.closed()).isFalse();
        assertThat(frame.symbol()).isEqualTo("BNBBTC");
        assertThat(candle.openTime()).isEqualTo(1672515780000L);
        assertThat(candle.open()).isEqualByComparingTo(new BigDecimal("0.0010"));
        assertThat(candle.high()).isEqualByComparingTo(new BigDecimal("0.0025"));
        assertThat(candle.low()).isEqualByComparingTo(new BigDecimal("0.0015"));
        assertThat(candle.close()).isEqualByComparingTo(new BigDecimal("0.0020"));
        assertThat(candle.volume()).isEqualByComparingTo(new BigDecimal("1000"));
    }

    @Test
    void closedKlinesAreStoredAndFormingOnesOnlyShown() {
        live.startService(fastSettings());
        ServerConnection c = subscribed();
        c.send(kline(partial(10), false), kline(bar(10), false), kline(bar(10), true), kline(partial(11), false));

        Await.until("the forming minute 11 is shown", () -> live.listener.forming.size() == 3);
        live.awaitDeliveredThrough(10);
        assertThat(live.listener.forming).extracting(Candle::openTime)
                .containsExactly(bar(10).openTime(), bar(10).openTime(), bar(11).openTime());
        assertThat(values(live.listener.closed)).isEqualTo(values(List.of(bar(10))));
        // Only the x=true values reached the store; the forming bar of minute 11 did not.
        assertThat(values(live.storedRange(10, 12))).isEqualTo(values(List.of(bar(10))));
    }

    @Test
    void aDropMidStreamIsHealedByReconnectAndRestCatchUp() {
        live.preload(bars(0, 5));
        live.venue.rest(FakeBinanceStream.klines(bars(0, 40)));
        live.startService(fastSettings());

        ServerConnection first = subscribed(); // catch-up fetches minutes 5..9 (10 is forming at 10:30)
        first.send(kline(partial(10), false), kline(bar(10), true), kline(partial(11), false), kline(bar(11), true),
                kline(partial(12), false));
        live.awaitStoredThrough(11);
        live.clock.set(during(20)); // ten minutes pass while the connection is down
        first.drop();

        ServerConnection second = subscribed(); // catch-up fetches 12..19, which the stream never closed
        second.send(kline(partial(20), false), kline(bar(20), true), kline(partial(21), false));
        live.awaitStoredThrough(20);
        live.awaitDeliveredThrough(20);

        assertThat(values(live.stored())).isEqualTo(values(bars(0, 21)));
        assertThat(live.listener.closedTimes()).isEqualTo(bars(10, 21).stream().map(Candle::openTime).toList());
        assertThat(live.listener.statuses(State.DISCONNECTED)).singleElement()
                .extracting(ConnectionStatus::message).asString().contains("connection failed");
        assertThat(live.listener.count(State.SUBSCRIBED)).isEqualTo(2);
        assertThat(live.listener.count(State.CAUGHT_UP)).isEqualTo(2);
    }

    @Test
    void theUsersSpellingOfASymbolIsWhatIsSubscribed() {
        live.spell(LiveHarness.BTC_USDT, "BTCFDUSD");
        live.startFeed(fastSettings());
        ServerConnection c = live.venue.nextConnection();
        c.answer(FakeBinanceStream::answerPings);

        c.awaitFrame(f -> f.contains("\"method\":\"SUBSCRIBE\"") && f.contains("\"btcfdusd@kline_1m\""),
                "SUBSCRIBE btcfdusd@kline_1m (the config's spelling, not the default btcusdt)");
    }

    @Test
    void serverPingFramesAreAnsweredWithPongs() {
        live.startFeed(fastSettings());
        ServerConnection c = subscribed();
        // The ping is written on this thread: wait until the subscription answer is out, or the two writes collide.
        Await.until("subscribed", () -> live.listener.count(State.SUBSCRIBED) == 1);

        c.sendPingFrame();

        Await.until("OkHttp answers the ping", () -> c.pongsReceived() == 1);
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }

    @Test
    void answeredPingsKeepAQuietConnectionButSilenceMakesItStale() {
        live.startFeed(fastSettings().withStaleAfter(Duration.ofMillis(500)).withPingEvery(Duration.ofMillis(50)));
        ServerConnection first = subscribed();
        first.awaitFrameContaining("LIST_SUBSCRIPTIONS");
        Await.until("several pings answered", () -> first.received().stream()
                .filter(f -> f.contains("LIST_SUBSCRIPTIONS")).count() >= 20); // 1 s of pings, no kline at all
        assertThat(live.venue.connectionCount()).isEqualTo(1);

        first.answer(frame -> null); // the venue goes silent
        ServerConnection second = subscribed();

        assertThat(second.index()).isEqualTo(1);
        assertThat(live.listener.statuses(State.DISCONNECTED)).singleElement()
                .extracting(ConnectionStatus::message).asString().startsWith("stale");
    }

    @Test
    void refusedConnectionsAreRetriedWithDoublingDelays() {
        live.venue.refuseUpgrades(3);
        live.startFeed(fastSettings().withReconnect(new Backoff(Duration.ofMillis(20), Duration.ofSeconds(1), 0)));

        ServerConnection c = subscribed();

        Await.until("subscribed", () -> live.listener.count(State.SUBSCRIBED) == 1);
        assertThat(c.index()).isZero();
        assertThat(live.listener.statuses(State.DISCONNECTED)).extracting(ConnectionStatus::message)
                .allSatisfy(m -> assertThat(m).contains("HTTP 503"))
                .anySatisfy(m -> assertThat(m).endsWith("reconnecting in 20 ms (attempt 2)"))
                .anySatisfy(m -> assertThat(m).endsWith("reconnecting in 40 ms (attempt 3)"))
                .anySatisfy(m -> assertThat(m).endsWith("reconnecting in 80 ms (attempt 4)"))
                .hasSize(3);
    }

    @Test
    void aConnectionIsRenewedBeforeBinanceCutsIt() {
        live.startFeed(fastSettings().withMaxConnectionAge(Duration.ofMillis(300)));
        ServerConnection first = subscribed();

        ServerConnection second = subscribed();

        assertThat(second.index()).isEqualTo(1);
        assertThat(first.awaitEnd()).isTrue();
        assertThat(live.listener.statuses(State.DISCONNECTED)).first()
                .extracting(ConnectionStatus::message).asString().contains("renewing");
    }

    @Test
    void aServerShutdownEventLeadsToANewConnection() {
        live.startFeed(fastSettings());
        ServerConnection first = subscribed();

        first.send("{\"e\":\"serverShutdown\",\"E\":1700000000000}");

        assertThat(subscribed().index()).isEqualTo(1);
        assertThat(live.listener.statuses(State.DISCONNECTED).getFirst().message()).contains("server shutdown");
    }

    @Test
    void foreignAndMalformedFramesAreReportedAndTheConnectionKept() {
        live.startFeed(fastSettings());
        ServerConnection c = subscribed();

        c.send(kline("ETHUSDT", bar(10), true), "{\"e\":\"kline\",", kline(bar(10), true));

        Await.until("the good kline still arrives", () -> live.listener.closed.size() == 1);
        List<ConnectionStatus> rejected = live.listener.statuses(State.FRAME_REJECTED);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).message()).contains("ETHUSDT").contains("BTCUSDT").contains("frame:");
        assertThat(rejected.get(1).message()).contains("malformed JSON").contains("{\"e\":\"kline\",");
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }

    @Test
    void aRefusedSubscriptionStopsTheFeedForGood() throws InterruptedException {
        live.startFeed(fastSettings());
        ServerConnection c = live.venue.nextConnection();
        c.awaitFrameContaining("SUBSCRIBE");

        c.send("{\"error\":{\"code\":2,\"msg\":\"Invalid request: unknown stream\"},\"id\":1}");

        Await.until("the feed gives up", () -> live.listener.count(State.FAILED) == 1);
        assertThat(live.listener.statuses(State.FAILED).getFirst().message()).contains("Invalid request");
        Thread.sleep(200); // longer than the longest backoff: no reconnect may follow
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }
}
