package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.cli.FakeBinance;
import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.SeriesInfo;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live candles from a local fake Binance (REST and WebSocket) to the chart's data, through the real hub, feed,
 * service, SQLite store, inbox and bridge. A single-thread executor stands in for the FX thread.
 */
class LiveViewModelTest {

    static final long MINUTE = 60_000;
    static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final CountDownLatch socketClosed = new CountDownLatch(1);
    private long minute; // the forming minute the fake streams
    private SqliteCandleStore store;
    private MarketDataHub hub;
    private ChartViewModel chart;
    private LiveViewModel live;

    @BeforeEach
    void start() throws Exception {
        minute = Timeframe.M1.bucketStart(System.currentTimeMillis());
        FakeBinance rest = new FakeBinance(minute - 100 * MINUTE, 100, i -> false);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                    return new MockResponse.Builder().webSocketUpgrade(new Socket()).build();
                }
                return rest.dispatch(request);
            }
        });
        server.start();
        Path db = dir.resolve("live.db");
        store = SqliteCandleStore.open(db);
        store.upsert(KEY, history(minute - 100 * MINUTE, 90)); // the venue has 10 more: the catch-up fetches them
        UserConfig config = new UserConfig(Map.of(Exchange.BINANCE, new VenueOverrides(
                Optional.of(server.url("/").toString()),
                Optional.of("ws://" + server.getHostName() + ":" + server.getPort()), Map.of())), List.of(),
                SchedulerSettings.defaults());
        hub = new MarketDataHub(db, store, config, null, Clock.system());
        FxBridge bridge = new FxBridge(background, fx);
        chart = new ChartViewModel(() -> store, bridge);
        live = new LiveViewModel(() -> hub, bridge, chart.liveSink());
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            live.close();
            return null;
        });
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        fx.shutdownNow();
        hub.close();
        store.close();
        server.close();
    }

    @Test
    void theFormingCandleMovesInPlaceAndClosedOnesAreStoredAndAppended() throws Exception {
        SeriesInfo info = store.info(KEY).orElseThrow();
        onFx(() -> {
            chart.open(info);
            live.follow(KEY);
            live.onProperty().set(true);
            return null;
        });

        await(() -> onFx(() -> live.messagesProperty().get()) == 4);
        ChartData data = onFx(chart::data);
        OhlcvColumns bars = data.columns();
        await(() -> onFx(() -> chart.data().columns().size()) == 102);
        bars = onFx(chart::data).columns();
        assertThat(bars.size()).as("90 stored + 10 caught up over REST + the closed minute + the next forming one")
                .isEqualTo(102);
        for (int i = 1; i < bars.size(); i++) {
            assertThat(bars.openTime()[i] - bars.openTime()[i - 1]).as("no gap on the chart at bar %d", i)
                    .isEqualTo(MINUTE);
        }
        assertThat(bars.openTime()[100]).isEqualTo(minute);
        assertThat(bars.close()[100]).as("the closed value, not the earlier forming ones").isEqualTo(42005.75);
        assertThat(bars.openTime()[101]).isEqualTo(minute + MINUTE);
        assertThat(bars.close()[101]).isEqualTo(42000.10);
        await(() -> onFx(() -> live.statusTextProperty().get()).contains("streaming"));
        assertThat(onFx(() -> live.stateProperty().get())).isIn(ConnectionStatus.State.SUBSCRIBED,
                ConnectionStatus.State.CAUGHT_UP);

        List<Candle> stored = store.readAll(KEY).toCandles();
        assertThat(stored).as("closed bars are stored, the forming one is not").hasSize(101);
        assertThat(stored.get(95).close()).as("a caught-up bar, as the venue has it").isEqualByComparingTo("40095.2");
        assertThat(stored.getLast().openTime()).isEqualTo(minute);
        assertThat(stored.getLast().close()).isEqualByComparingTo("42005.75");

        onFx(() -> {
            live.onProperty().set(false);
            return null;
        });
        assertThat(socketClosed.await(10, TimeUnit.SECONDS)).as("turning live off closes the connection").isTrue();
        assertThat(onFx(() -> live.statusTextProperty().get())).isEmpty();
    }

    @Test
    void aSeriesWithoutALiveFeedSaysSoAndStreamsNothing() throws Exception {
        SeriesKey bitstamp = new SeriesKey(Exchange.of("bitstamp"), Instrument.of("BTC", "USD"), Timeframe.M1);
        onFx(() -> {
            live.follow(bitstamp);
            live.onProperty().set(true);
            return null;
        });
        assertThat(onFx(() -> live.statusTextProperty().get())).contains("bitstamp has no live feed", "binance");
        assertThat(server.getRequestCount()).isZero();
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return fx.submit(work).get(10, TimeUnit.SECONDS);
    }

    private static void await(BooleanSupplierWithException condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 10 s");
            }
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    private interface BooleanSupplierWithException {
        boolean getAsBoolean() throws Exception;
    }

    private static CandleSeries history(long from, int bars) {
        CandleSeries.Builder b = CandleSeries.builder(bars, 8, 8);
        for (int i = 0; i < bars; i++) {
            long p = 40_000 + i % 500;
            b.add(new Candle(from + i * MINUTE, new BigDecimal(p + ".1"), new BigDecimal(p + 3),
                    new BigDecimal(p - 3), new BigDecimal(p + ".2"), new BigDecimal("0.5")));
        }
        return b.build();
    }

    private static Candle candle(long openTime, String close) {
        return new Candle(openTime, new BigDecimal("42000.10"), new BigDecimal("42010.5"),
                new BigDecimal("41990.25"), new BigDecimal(close), new BigDecimal("3.25"));
    }

    /** The fake's end of the WebSocket: forming twice, closed, then the next minute forming. */
    private final class Socket extends WebSocketListener {
        @Override
        public void onMessage(WebSocket ws, String text) {
            if (!text.contains("\"SUBSCRIBE\"")) {
                return;
            }
            ws.send("{\"result\":null,\"id\":1}");
            ws.send(kline(candle(minute, "42001"), false));
            ws.send(kline(candle(minute, "42003"), false));
            ws.send(kline(candle(minute, "42005.75"), true));
            ws.send(kline(candle(minute + MINUTE, "42000.10"), false));
        }

        @Override
        public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, null);
            socketClosed.countDown();
        }

        private String kline(Candle c, boolean closed) {
            return "{\"e\":\"kline\",\"E\":" + c.openTime() + ",\"s\":\"BTCUSDT\",\"k\":{\"t\":" + c.openTime()
                    + ",\"T\":" + (c.openTime() + 59_999) + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":\""
                    + c.open().toPlainString() + "\",\"c\":\"" + c.close().toPlainString() + "\",\"h\":\""
                    + c.high().toPlainString() + "\",\"l\":\"" + c.low().toPlainString() + "\",\"v\":\""
                    + c.volume().toPlainString() + "\",\"x\":" + closed + "}}";
        }
    }
}
