package dev.cryptotrader.app.market;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobKey;
import dev.cryptotrader.trading.port.JobKind;
import dev.cryptotrader.trading.port.JobOutcome;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's scheduler wiring with real threads and timer: jobs start in the background, run against the venue, and stop. */
class ScheduledJobsTest {

    static final SeriesKey BTC = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);

    @TempDir
    Path dir;

    final MockWebServer server = new MockWebServer();
    final AtomicInteger klineRequests = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                klineRequests.incrementAndGet();
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("[]").build(); // a quiet market: no trades, no bars
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theWatchlistJobsRunInTheBackgroundAndAreRecorded() throws Exception {
        Path db = dir.resolve("cryptotrader.db");
        Files.writeString(dir.resolve("config.json"), """
                {"exchanges": {"binance": {"rest_base_url": "%s"}},
                 "watchlist": [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m", "from": "%s"}]}"""
                .formatted(server.url("/"), Instant.now().minusSeconds(600)));

        try (SqliteCandleStore candles = SqliteCandleStore.open(db)) {
            MarketDataHub hub = MarketDataHub.besideDatabase(db, candles, Clock.system());
            hub.startScheduler();
            assertThat(hub.schedulerRunning()).isTrue();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (recordedRuns(db) < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            hub.close();
        }

        try (SqliteJobStore store = SqliteJobStore.open(db)) {
            assertThat(store.recentRuns(new JobKey(JobKind.BACKFILL, BTC), 5)).singleElement()
                    .satisfies(r -> assertThat(r.outcome()).isEqualTo(JobOutcome.OK));
            assertThat(store.recentRuns(new JobKey(JobKind.GAP_REPAIR, BTC), 5)).hasSize(1);
            assertThat(store.nextDueTimes()).hasSize(2);
        }
        assertThat(klineRequests.get()).isPositive();
    }

    @Test
    void aBrokenConfigFileLeavesTheJobsOffAndTheAppRunning() throws Exception {
        Path db = dir.resolve("cryptotrader.db");
        Files.writeString(dir.resolve("config.json"), "{\"watchlist\": [}");

        try (SqliteCandleStore candles = SqliteCandleStore.open(db)) {
            try (MarketDataHub hub = MarketDataHub.besideDatabase(db, candles, Clock.system())) {
                assertThat(hub.configProblem()).get().asString().contains("config.json");
                hub.startScheduler();
                assertThat(hub.schedulerRunning()).isFalse();
            }
        }
        assertThat(klineRequests.get()).isZero();
    }

    private static int recordedRuns(Path db) {
        try (SqliteJobStore store = SqliteJobStore.open(db)) {
            return store.recentRuns(new JobKey(JobKind.BACKFILL, BTC), 5).size()
                    + store.recentRuns(new JobKey(JobKind.GAP_REPAIR, BTC), 5).size();
        }
    }
}
