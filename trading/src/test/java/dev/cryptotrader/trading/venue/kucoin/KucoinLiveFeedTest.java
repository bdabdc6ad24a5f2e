package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.venue.VenueFixtures;
import dev.cryptotrader.trading.venue.stream.Await;
import dev.cryptotrader.trading.venue.stream.LiveHarness;
import dev.cryptotrader.trading.venue.stream.ServerConnection;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static dev.cryptotrader.trading.venue.kucoin.FakeKucoinStream.TOPIC;
import static dev.cryptotrader.trading.venue.kucoin.FakeKucoinStream.ack;
import static dev.cryptotrader.trading.venue.kucoin.FakeKucoinStream.idOf;
import static dev.cryptotrader.trading.venue.kucoin.FakeKucoinStream.message;
import static dev.cryptotrader.trading.venue.kucoin.FakeKucoinStream.welcome;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bar;
import static dev.cryptotrader.trading.venue.stream.LiveBars.bars;
import static dev.cryptotrader.trading.venue.stream.LiveBars.during;
import static dev.cryptotrader.trading.venue.stream.LiveBars.fastSettings;
import static dev.cryptotrader.trading.venue.stream.LiveBars.partial;
import static dev.cryptotrader.trading.venue.stream.LiveBars.values;
import static org.assertj.core.api.Assertions.assertThat;

/** KuCoin's token flow and klines topic against a fake KuCoin on MockWebServer (REST and WebSocket). */
class KucoinLiveFeedTest {

    /** No WS override: the feed must connect where the token answer points. */
    private final LiveHarness live = new LiveHarness(Exchange.KUCOIN, LiveHarness.BTC_USDT, "/endpoint", null);

    @AfterEach
    void stop() {
        live.close();
    }

    private void serve(long pingIntervalMillis, List<Candle> history) {
        live.venue.rest(FakeKucoinStream.rest(live.venue.wsRoot() + "/endpoint", pingIntervalMillis, history));
    }

    /** Welcomes the client, waits for its subscription to our topic and acknowledges it; pongs every ping. */
    private ServerConnection subscribed() {
        ServerConnection c = live.venue.nextConnection();
        c.answer(FakeKucoinStream::pongFor);
        c.send(welcome("w" + c.index()));
        String subscribe = c.awaitFrame(f -> f.contains("\"type\":\"subscribe\""), "a subscribe frame");
        assertThat(subscribe).contains("\"topic\":\"" + TOPIC + "\"").contains("\"privateChannel\":false")
                .contains("\"response\":true");
        c.send(ack(idOf(subscribe)));
        return c;
    }

    private List<RecordedRequest> tokenRequests() {
        return live.venue.restRequests().stream().filter(r -> r.getUrl().encodedPath().equals("/api/v1/bullet-public"))
                .toList();
    }

    @Test
    void theDocumentedTokenAnswerAndSessionFramesAreRead() {
        String tokenAnswer = VenueFixtures.read("kucoin/DOCEX_api_v1_bullet-public.json"); // skips without fixtures
        live.venue.rest(r -> new mockwebserver3.MockResponse.Builder().code(200).body(tokenAnswer).build());
        KucoinRawClient.Bullet bullet = new KucoinMarketData(live.config()).raw().bulletPublic().body();
        assertThat(bullet.token()).startsWith("2neAiuYvAU61ZDXANAGAsiL4-iAExhsBXZxftpOeh_55i3Ysy2q2LEsEWU64mdzUOPusi");
        assertThat(bullet.instanceServers()).containsExactly(
                new KucoinRawClient.InstanceServer("wss://ws-api-spot.kucoin.com/", 18000, 10000));

        List<KucoinWsFrames.Frame> frames = VenueFixtures.read("kucoin/DOCEX_ws_candles_session_frames.jsonl")
                .strip().lines().map(KucoinWsFrames::parse).toList();
        assertThat(frames.get(0)).isEqualTo(new KucoinWsFrames.Welcome("hQvf8jkno"));
        assertThat(frames.get(2)).isEqualTo(new KucoinWsFrames.Ack("1545910660739"));
        var candles = ((KucoinWsFrames.Message) frames.get(3)).candles();
        Candle candle = KucoinMapper.liveCandle(candles, Timeframe.H1);
        assertThat(candle.openTime()).isEqualTo(1729839600000L);
        assertThat(candle.open()).isEqualByComparingTo(new BigDecimal("67644.9"));
        assertThat(candle.close()).isEqualByComparingTo(new BigDecimal("67437.6"));
        assertThat(candle.high()).isEqualByComparingTo(new BigDecimal("67724.8"));
        assertThat(candle.low()).isEqualByComparingTo(new BigDecimal("67243.8"));
        assertThat(candle.volume()).isEqualByComparingTo(new BigDecimal("44.88321441"));
        assertThat(frames.get(5)).isEqualTo(new KucoinWsFrames.Pong("1545910590801"));
    }

    @Test
    void theTokenFlowConnectsWhereTheTokenSaysAndWaitsForWelcome() throws InterruptedException {
        serve(60_000, List.of());
        live.startFeed(fastSettings());

        ServerConnection c = live.venue.nextConnection();
        RecordedRequest token = tokenRequests().getFirst();
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(c.upgradeRequest().getUrl().queryParameter("token")).isEqualTo("token-1");
        assertThat(c.upgradeRequest().getUrl().queryParameter("connectId")).isNotBlank();
        Thread.sleep(100);
        assertThat(c.received()).as("nothing may be sent before KuCoin's welcome").isEmpty();

        c.send(welcome("hello"));
        String subscribe = c.awaitFrameContaining("\"type\":\"subscribe\"");
        c.send(ack(idOf(subscribe)));

        Await.until("subscribed", () -> live.listener.count(State.SUBSCRIBED) == 1);
        assertThat(live.listener.statuses(State.SUBSCRIBED).getFirst().message()).contains(TOPIC);
    }

    @Test
    void pingsAtTheTokensIntervalAndPongsKeepItAliveUntilThePongsStop() {
        serve(50, List.of());
        live.startFeed(fastSettings().withStaleAfter(Duration.ofMillis(500)));
        ServerConnection first = subscribed();
        Await.until("twenty pings", () -> first.received().stream().filter(f -> f.contains("\"type\":\"ping\""))
                .count() >= 20); // 1 s, twice the stale limit, with pongs only
        assertThat(live.venue.connectionCount()).isEqualTo(1);

        first.answer(f -> null); // pongs stop: the connection is dead as far as we can tell
        ServerConnection second = subscribed();

        assertThat(live.listener.statuses(State.DISCONNECTED)).singleElement()
                .extracting(ConnectionStatus::message).asString().startsWith("stale");
        assertThat(tokenRequests()).as("a fresh token for every connection").hasSize(2);
        assertThat(second.upgradeRequest().getUrl().queryParameter("token")).isEqualTo("token-2");
        assertThat(second.upgradeRequest().getUrl().queryParameter("connectId"))
                .isNotEqualTo(first.upgradeRequest().getUrl().queryParameter("connectId"));
    }

    @Test
    void aDropMidStreamIsHealedByReconnectAndRestCatchUp() {
        live.preload(bars(0, 5));
        serve(60_000, bars(0, 40));
        live.startService(fastSettings());

        ServerConnection first = subscribed(); // catch-up fetches 5..9
        first.send(message(partial(10)), message(bar(10)), message(partial(11)), message(bar(11)),
                message(partial(12)));
        live.awaitStoredThrough(11);
        live.clock.set(during(20));
        first.drop();

        ServerConnection second = subscribed(); // catch-up fetches 12..19
        second.send(message(partial(20)), message(bar(20)), message(partial(21)));
        live.awaitStoredThrough(20);
        live.awaitDeliveredThrough(20);

        assertThat(values(live.stored())).isEqualTo(values(bars(0, 21)));
        assertThat(live.listener.closedTimes()).isEqualTo(bars(10, 21).stream().map(Candle::openTime).toList());
        assertThat(live.listener.count(State.SUBSCRIBED)).isEqualTo(2);
    }

    @Test
    void messagesOfAnotherTopicAreReportedNotUsed() {
        serve(60_000, List.of());
        live.startFeed(fastSettings());
        ServerConnection c = subscribed();

        c.send(message(bar(10)).replace(TOPIC, "/market/candles:ETH-USDT_1min"), "{\"type\":\"surprise\"}",
                message(bar(10)), message(bar(11)));

        Await.until("the good candles still arrive", () -> live.listener.closed.size() == 1);
        List<ConnectionStatus> rejected = live.listener.statuses(State.FRAME_REJECTED);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0).message()).contains("ETH-USDT").contains(TOPIC);
        assertThat(rejected.get(1).message()).contains("surprise");
        assertThat(live.venue.connectionCount()).isEqualTo(1);
    }

    @Test
    void aRefusedTopicEndsTheFeed() {
        serve(60_000, List.of());
        live.startFeed(fastSettings());
        ServerConnection c = live.venue.nextConnection();
        c.send(welcome("w"));
        String subscribe = c.awaitFrameContaining("subscribe");

        c.send("{\"id\":\"" + idOf(subscribe) + "\",\"type\":\"error\",\"code\":404,\"data\":\"topic "
                + TOPIC + " is not found\"}");

        Await.until("the feed gives up", () -> live.listener.count(State.FAILED) == 1);
        assertThat(live.listener.statuses(State.FAILED).getFirst().message()).contains("404").contains("not found");
    }
}
