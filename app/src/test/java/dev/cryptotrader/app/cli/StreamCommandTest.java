package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
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
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code stream} end to end against a local fake Binance: the real feed, service and SQLite store. The fake answers
 * the subscription with the minute that is forming on the wall clock, then closes it, then starts the next one.
 */
class StreamCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final AtomicLong streamedMinute = new AtomicLong();
    private volatile String subscribeAnswer = "{\"result\":null,\"id\":1}";

    @BeforeEach
    void start() throws Exception {
        FakeBinance rest = new FakeBinance(0, 0, i -> true);
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
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** {@code stream} against the fake; {@code more} must hold a {@code --duration}. */
    private CliRun stream(String... more) {
        String[] common = {"stream", "--db", dir.resolve("live.db").toString(), "--base-url",
                server.url("/").toString(), "--ws-url", "ws://" + server.getHostName() + ":" + server.getPort(),
                "-e", "binance", "-s", "BTC/USDT", "-t", "1m"};
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return CliRun.of(all);
    }

    private static Candle candle(long openTime, String close) {
        return new Candle(openTime, new BigDecimal("42000.10"), new BigDecimal("42010.5"),
                new BigDecimal("41990.25"), new BigDecimal(close), new BigDecimal("3.25"));
    }

    @Test
    void closedCandlesArePrintedOnceAsJsonLinesAndStored() throws Exception {
        CliRun run = stream("--duration", "1500ms");

        assertThat(run.code()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).as(run.toString()).hasSize(1);
        JsonNode line = JSON.readTree(lines.getFirst());
        assertThat(line.get("exchange").asText()).isEqualTo("binance");
        assertThat(line.get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(line.get("timeframe").asText()).isEqualTo("1m");
        assertThat(line.get("open_time_ms").asLong()).isEqualTo(streamedMinute.get());
        assertThat(line.get("close").decimalValue()).isEqualByComparingTo("42005.75");
        assertThat(line.get("closed").asBoolean()).isTrue();
        assertThat(run.err()).contains("SUBSCRIBED", "Binance stream btcusdt@kline_1m", "1 closed candles printed");
        try (SqliteCandleStore store = SqliteCandleStore.open(dir.resolve("live.db"))) {
            List<Candle> stored = store.readAll(KEY).toCandles();
            assertThat(stored).hasSize(1);
            assertThat(stored.getFirst().sameValues(candle(streamedMinute.get(), "42005.75"))).isTrue();
        }
    }

    @Test
    void withFormingTheUpdatesOfTheOpenCandleArePrintedToo() throws Exception {
        CliRun run = stream("--duration", "1500ms", "--forming");

        assertThat(run.code()).as(run.toString()).isZero();
        List<JsonNode> lines = run.out().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(lines).extracting(l -> l.get("closed").asBoolean()).containsExactly(false, true, false);
        assertThat(lines.get(2).get("open_time_ms").asLong()).isEqualTo(streamedMinute.get() + 60_000);
    }

    @Test
    void aRefusedSubscriptionEndsWithTheVenuesReason() {
        subscribeAnswer = "{\"error\":{\"code\":2,\"msg\":\"Invalid request: unknown stream\"},\"id\":1}";

        CliRun run = stream("--duration", "10s");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).contains("FAILED", "unknown stream");
    }

    @Test
    void anExchangeWithoutAFeedOrANonsenseDurationIsBadInput() {
        CliRun coinbase = CliRun.of("stream", "--db", dir.resolve("x.db").toString(), "-e", "coinbase", "-s",
                "BTC/USD", "-t", "1m");
        CliRun duration = stream("--duration", "soon");

        assertThat(coinbase.code()).as(coinbase.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(coinbase.err()).contains("no market-data adapter");
        assertThat(duration.code()).as(duration.toString()).isEqualTo(Cli.BAD_INPUT);
        assertThat(duration.err()).contains("not a duration");
    }

    /** The fake's end of the WebSocket: subscription answer, then forming, closed, next forming. */
    private final class Socket extends WebSocketListener {
        @Override
        public void onMessage(WebSocket ws, String text) {
            if (!text.contains("\"SUBSCRIBE\"")) {
                return;
            }
            ws.send(subscribeAnswer);
            if (subscribeAnswer.contains("error")) {
                return;
            }
            // Computed now, after the command started, so the minute is never older than the command's start.
            long minute = Timeframe.M1.bucketStart(System.currentTimeMillis());
            streamedMinute.set(minute);
            ws.send(kline(candle(minute, "42001"), false));
            ws.send(kline(candle(minute, "42005.75"), true));
            ws.send(kline(candle(minute + 60_000, "42000.10"), false));
        }

        @Override
        public void onClosing(WebSocket ws, int code, String reason) {
            ws.close(1000, null);
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
