package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataAccess;
import dev.cryptotrader.app.market.MarketDataHub.VenueBudget;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimitUsage.Level;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator's logic without JavaFX threads: levels and text from budgets, and polls of a real hub. */
class RateLimitViewModelTest {

    private static final String BINANCE_WEIGHT = "binance request weight / 1 min";

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

    private static RateLimitSummary binanceAt(int used) {
        return new RateLimitSummary(List.of(new VenueBudget(Exchange.BINANCE,
                new RateLimitUsage(BINANCE_WEIGHT, used, 6000))));
    }

    @Test
    void warningStartsAtSeventyAndCriticalAtNinetyPercentAndTheTextAgrees() {
        assertThat(binanceAt(4199)).satisfies(s -> {
            assertThat(s.text()).isEqualTo("API 69%");
            assertThat(s.level()).isEqualTo(Level.OK);
        });
        assertThat(binanceAt(4200)).satisfies(s -> {
            assertThat(s.text()).isEqualTo("API 70%");
            assertThat(s.level()).isEqualTo(Level.WARNING);
        });
        assertThat(binanceAt(5399)).satisfies(s -> {
            assertThat(s.text()).isEqualTo("API 89%");
            assertThat(s.level()).isEqualTo(Level.WARNING);
        });
        assertThat(binanceAt(5400)).satisfies(s -> {
            assertThat(s.text()).isEqualTo("API 90%");
            assertThat(s.level()).isEqualTo(Level.CRITICAL);
            assertThat(s.headline()).isEqualTo("Fullest: " + BINANCE_WEIGHT + ", 90% (critical)");
        });
        assertThat(RateLimitSummary.usedOfLimit(new RateLimitUsage(BINANCE_WEIGHT, 5400, 6000)))
                .isEqualTo("5,400 / 6,000");
    }

    @Test
    void theFullestBudgetOfAnyVenueIsTheOneShown() {
        VenueBudget binance = new VenueBudget(Exchange.BINANCE, new RateLimitUsage(BINANCE_WEIGHT, 3000, 6000));
        VenueBudget bitfinex = new VenueBudget(Exchange.BITFINEX,
                new RateLimitUsage("bitfinex candles / 1 min", 28, 30));
        VenueBudget kucoin = new VenueBudget(Exchange.KUCOIN, new RateLimitUsage("kucoin public / 30 s", 0, 2000));

        RateLimitSummary summary = new RateLimitSummary(List.of(binance, bitfinex, kucoin));

        assertThat(summary.fullest()).contains(bitfinex);
        assertThat(summary.text()).isEqualTo("API 93%");
        assertThat(summary.level()).isEqualTo(Level.CRITICAL);
        assertThat(summary.fraction()).isEqualTo(28.0 / 30);
    }

    @Test
    void beforeTheFirstPollAndWithNothingSpentItShowsZero() {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), "[]"))) {
            RateLimitViewModel model = new RateLimitViewModel(hub::hub, FxBridge.sameThread());
            assertThat(model.summary().text()).isEqualTo("API 0%");
            assertThat(model.summary().budgets()).isEmpty();

            model.poll();

            assertThat(model.summary().budgets()).extracting(VenueBudget::exchange)
                    .contains(Exchange.BINANCE, Exchange.BITFINEX, Exchange.KUCOIN);
            assertThat(model.summary().text()).isEqualTo("API 0%");
            assertThat(model.summary().level()).isEqualTo(Level.OK);
            assertThat(model.summary().headline()).isEqualTo("No request weight spent in the current windows");
        }
    }

    @Test
    void requestsThroughTheHubSpendTheBudgetThatTheNextPollShows() throws Exception {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), "[]"))) {
            RateLimitViewModel model = new RateLimitViewModel(hub::hub, FxBridge.sameThread());

            hub.backfillRecordedHours(1); // klines weigh 2, and the venue reports 2: our own request only
            model.poll();
            assertThat(binanceWeight(model.summary()).used()).isEqualTo(2);
            assertThat(model.summary().text()).isEqualTo("API 0%");

            binance.reportUsedWeight(4_300); // another program on this IP has spent most of the minute's weight
            hub.backfillRecordedHours(2);
            model.poll();
            assertThat(binanceWeight(model.summary()).used()).isEqualTo(4_300);
            assertThat(model.summary().text()).isEqualTo("API 71%");
            assertThat(model.summary().level()).isEqualTo(Level.WARNING);

            binance.reportUsedWeight(5_500);
            hub.backfillRecordedHours(3);
            model.poll();
            assertThat(model.summary().text()).isEqualTo("API 91%");
            assertThat(model.summary().level()).isEqualTo(Level.CRITICAL);
            assertThat(model.summary().fullest().orElseThrow().exchange()).isEqualTo(Exchange.BINANCE);
            assertThat(binance.klineRequests()).isEqualTo(3);
        }
    }

    @Test
    void aPollWhileTheLastIsStillOutIsSkipped() {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        List<Runnable> background = new ArrayList<>();
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), "[]"))) {
            RateLimitViewModel model = new RateLimitViewModel(hub::hub, new FxBridge(background::add, Runnable::run));

            model.poll();
            model.poll();
            model.poll();
            assertThat(background).hasSize(1);
            assertThat(model.pollInFlight()).isTrue();

            background.removeFirst().run();
            assertThat(model.pollInFlight()).isFalse();
            assertThat(model.summary().budgets()).isNotEmpty();
            model.poll();
            assertThat(background).hasSize(1);
        }
    }

    @Test
    void aFailedPollKeepsTheLastNumbersAndSaysWhy() {
        RecordedBinance binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        try (TestHub hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), "[]"))) {
            MarketDataAccess access = new MarketDataAccess(hub::hub);
            RateLimitViewModel model = new RateLimitViewModel(access, FxBridge.sameThread());
            model.poll();
            RateLimitSummary before = model.summary();

            access.close(); // as when the app quits: the hub is no longer handed out
            model.poll();

            assertThat(model.problemProperty().get()).startsWith("Could not read the budgets: ").contains("closing");
            assertThat(model.summary()).isSameAs(before);
            assertThat(model.pollInFlight()).isFalse();
        }
    }

    private static RateLimitUsage binanceWeight(RateLimitSummary summary) {
        return summary.budgets().stream().filter(b -> b.exchange().equals(Exchange.BINANCE)).findFirst()
                .orElseThrow().usage();
    }
}
