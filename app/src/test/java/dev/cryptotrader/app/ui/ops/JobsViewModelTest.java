package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
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
import dev.cryptotrader.trading.port.JobRun;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The jobs panel's model on a real hub and job store, with same-thread bridge: rows, runs, selection and notices. */
class JobsViewModelTest {

    /** 2026-01-10T12:00:00Z: the test's "now". */
    static final long NOW = 1_768_046_400_000L;
    static final long MINUTE = 60_000L;
    static final SeriesKey ETH_5M = new SeriesKey(Exchange.KUCOIN, Instrument.of("ETH", "USDT"), Timeframe.M5);
    static final JobKey BTC_BACKFILL = new JobKey(JobKind.BACKFILL, TestHub.BTC_1H);
    static final JobKey BTC_REPAIR = new JobKey(JobKind.GAP_REPAIR, TestHub.BTC_1H);
    static final String WATCHLIST = """
            [{"exchange": "kucoin", "symbol": "ETH/USDT", "timeframe": "5m"},
             {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "from": "2024-01-30T16:00:00Z"}]""";

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TestHub hubWithWatchlist() {
        return TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), WATCHLIST));
    }

    /** Two BTC backfill runs (an ok one, then a failed one) due 5 min ago; the BTC repair due in an hour. */
    static void seedRuns(Path db) {
        try (SqliteJobStore store = SqliteJobStore.open(db)) {
            store.recordRun(new JobRun(BTC_BACKFILL, NOW - 40 * MINUTE, NOW - 40 * MINUTE + 1_500, JobOutcome.OK,
                    "fetched 3 bars in 1 page", 3), NOW - 25 * MINUTE);
            store.recordRun(new JobRun(BTC_BACKFILL, NOW - 25 * MINUTE, NOW - 25 * MINUTE + 62_000,
                    JobOutcome.FAILED, "binance: HTTP 503 Service Unavailable", 0), NOW - 5 * MINUTE);
            store.scheduleNext(BTC_REPAIR, NOW + 60 * MINUTE);
        }
    }

    @Test
    void theRowsShowTheStoredRunsAndDueTimesInTheWordsOfTheCli() {
        try (TestHub hub = hubWithWatchlist()) {
            seedRuns(hub.database());
            JobsViewModel model = new JobsViewModel(hub::hub, FxBridge.sameThread(), Clock.fixed(NOW));

            model.refresh();

            assertThat(model.rows()).extracting(JobRow::kind, JobRow::series, JobRow::every, JobRow::lastRun,
                    JobRow::outcome, JobRow::nextDue, JobRow::runningText).containsExactly(
                    tuple("backfill", "binance BTC/USDT 1h", "15m ±2m", "2026-01-10 11:35:00", "failed",
                            "2026-01-10 11:55:00 (due now)", ""),
                    tuple("gap-repair", "binance BTC/USDT 1h", "6h ±15m", "never", "-", "2026-01-10 13:00:00", ""),
                    tuple("backfill", "kucoin ETH/USDT 5m", "15m ±2m", "never", "-",
                            "at the scheduler's first start", ""),
                    tuple("gap-repair", "kucoin ETH/USDT 5m", "6h ±15m", "never", "-",
                            "at the scheduler's first start", ""));
            assertThat(model.noticeProperty().get()).startsWith("The scheduler is not running");
            assertThat(model.updatedProperty().get()).isEqualTo("Updated 2026-01-10 12:00:00 UTC");
            assertThat(model.selectedRuns()).isEmpty();
            assertThat(model.runsTitleProperty().get()).isEqualTo("Select a job to see its recent runs");
        }
    }

    @Test
    void selectingAJobShowsItsRunsNewestFirstAndTheSelectionSurvivesARefresh() {
        try (TestHub hub = hubWithWatchlist()) {
            seedRuns(hub.database());
            JobsViewModel model = new JobsViewModel(hub::hub, FxBridge.sameThread(), Clock.fixed(NOW));
            model.refresh();

            model.select(BTC_BACKFILL);

            assertThat(model.selectedRuns()).extracting(RunRow::started, RunRow::outcome, RunRow::duration,
                    RunRow::bars, RunRow::message).containsExactly(
                    tuple("2026-01-10 11:35:00", "failed", "1m2s", 0L, "binance: HTTP 503 Service Unavailable"),
                    tuple("2026-01-10 11:20:00", "ok", "1s500ms", 3L, "fetched 3 bars in 1 page"));
            assertThat(model.runsTitleProperty().get())
                    .isEqualTo("Recent runs of backfill binance BTC/USDT 1h, newest first");

            try (SqliteJobStore store = SqliteJobStore.open(hub.database())) {
                store.recordRun(new JobRun(BTC_BACKFILL, NOW - MINUTE, NOW - MINUTE + 800, JobOutcome.OK,
                        "up to date", 0), NOW + 14 * MINUTE);
            }
            model.refresh();

            assertThat(model.selectedProperty().get()).isEqualTo(BTC_BACKFILL);
            assertThat(model.selectedRuns()).hasSize(3).first()
                    .satisfies(r -> assertThat(r.message()).isEqualTo("up to date"));
            assertThat(model.rows().getFirst().outcome()).isEqualTo("ok");
            assertThat(model.rows().getFirst().nextDue()).isEqualTo("2026-01-10 12:14:00");

            model.select(new JobKey(JobKind.BACKFILL, ETH_5M));
            assertThat(model.selectedRuns()).isEmpty();
            assertThat(model.runsTitleProperty().get()).isEqualTo("No runs of backfill kucoin ETH/USDT 5m yet");
        }
    }

    @Test
    void anEmptyWatchlistSaysWhereToAddSeries() {
        try (TestHub hub = TestHub.open(dir, null)) {
            JobsViewModel model = new JobsViewModel(hub::hub, FxBridge.sameThread(), Clock.fixed(NOW));

            model.refresh();

            assertThat(model.rows()).isEmpty();
            assertThat(model.noticeProperty().get())
                    .startsWith("The watchlist in " + dir.resolve("config.json").toAbsolutePath() + " is empty")
                    .contains("README, Configuration", "cryptotrader config --init", "restart the app");
        }
    }

    @Test
    void anIgnoredConfigFileIsShownWithItsProblem() throws Exception {
        Path db = dir.resolve("cryptotrader.db");
        Files.writeString(dir.resolve("config.json"), """
                {"watchlist": [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "7m"}]}""");
        try (SqliteCandleStore candles = SqliteCandleStore.open(db);
             MarketDataHub hub = MarketDataHub.besideDatabase(db, candles, Clock.system())) {
            JobsViewModel model = new JobsViewModel(() -> hub, FxBridge.sameThread(), Clock.fixed(NOW));

            model.refresh();

            assertThat(hub.configProblem()).isPresent();
            assertThat(model.noticeProperty().get())
                    .isEqualTo("The config file was ignored, so nothing is scheduled; fix it and restart the app: "
                            + hub.configProblem().get())
                    .contains("7m");
            assertThat(model.rows()).isEmpty();
        }
    }

    @Test
    void theRealSchedulerShowsItsJobRunningAndThenItsRecordedRun() throws Exception {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        CountDownLatch release = binance.holdKlines();
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), """
                [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1h", "from": "2024-01-30T16:00:00Z"}]
                """))) {
            JobsViewModel model = new JobsViewModel(hub::hub, FxBridge.sameThread(), Clock.system());
            try {
                hub.hub().startScheduler();
                assertThat(binance.awaitFirstKlineRequest(10)).as("the backfill asked for klines").isTrue();

                model.refresh();

                assertThat(model.noticeProperty().get()).isEmpty();
                assertThat(model.rows().getFirst()).satisfies(row -> {
                    assertThat(row.kind()).isEqualTo("backfill");
                    assertThat(row.running()).isTrue();
                    assertThat(row.runningText()).isEqualTo("running");
                    assertThat(row.lastRun()).isEqualTo("never");
                });
            } finally {
                release.countDown();
            }
            waitForBothRuns(model);

            JobRow backfill = model.rows().getFirst();
            assertThat(backfill.outcome()).isEqualTo("ok");
            assertThat(backfill.running()).isFalse();
            assertThat(backfill.nextDue()).doesNotContain("first start");
            model.select(backfill.key());
            assertThat(model.selectedRuns()).singleElement().satisfies(run -> {
                assertThat(run.bars()).isEqualTo(binance.recordedBars());
                assertThat(run.message()).isNotBlank();
            });
        }
    }

    private static void waitForBothRuns(JobsViewModel model) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        do {
            Thread.sleep(50);
            model.refresh();
        } while (model.rows().stream().anyMatch(r -> r.running() || r.runs().isEmpty())
                && System.nanoTime() < deadline);
    }
}
