package dev.cryptotrader.app.ui.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import dev.cryptotrader.app.ui.tasks.TaskIndicatorView;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.port.Clock;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Add-market dialog and the status-bar task indicator, headless, on a real SQLite file and the real venue adapters
 * talking to a local server that answers with recorded venue payloads ({@link RecordedVenues}). Time is fixed at
 * 2024-03-15 00:00 UTC, six weeks after the three recorded hours of 2024-01-30, so a backfill from 2024-01-30 takes
 * two pages of 1,000 and 80 hourly bars, the recorded ones in the first.
 */
@ExtendWith(ApplicationExtension.class)
class AddMarketFxTest {

    static final long NOW = Instant.parse("2024-03-15T00:00:00Z").toEpochMilli();
    static final long JAN_30 = Instant.parse("2024-01-30T00:00:00Z").toEpochMilli();
    static final long SECOND_PAGE = JAN_30 + 1_000 * Timeframe.H1.millis(); // 2024-03-11T16:00Z
    static final SeriesKey BTC_1H = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.H1);

    private Stage stage;
    private Path dir;
    private Path db;
    private MockWebServer server;
    private RecordedVenues venues;
    private SqliteCandleStore store;
    private MarketDataHub hub;
    private ExecutorService background;
    private BackgroundTasks tasks;
    private AddMarketDialog dialog;
    private final List<BackfillOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicInteger keysInMainWindow = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        venues = new RecordedVenues(); // skips the test when the recorded payloads are absent
        server = new MockWebServer();
        server.setDispatcher(venues);
        server.start();
        dir = Files.createTempDirectory("add-market");
        db = dir.resolve("cryptotrader.db");
        store = SqliteCandleStore.open(db);
        VenueOverrides local = new VenueOverrides(Optional.of(server.url("/").toString()), Optional.empty(), Map.of());
        UserConfig config = new UserConfig(Map.of(Exchange.BINANCE, local, Exchange.BITFINEX, local), List.of(),
                SchedulerSettings.defaults());
        hub = new MarketDataHub(db, store, config, null, Clock.fixed(NOW));
        background = Executors.newFixedThreadPool(2);
        FxBridge bridge = new FxBridge(background, Platform::runLater);
        WaitForAsyncUtils.asyncFx(() -> showMainWindowStandIn(bridge)).get(10, TimeUnit.SECONDS);
    }

    /** What the lead wires into the real main window: the indicator in the status bar, the dialog over the window. */
    private void showMainWindowStandIn(FxBridge bridge) {
        Theme.DARK.apply();
        tasks = new BackgroundTasks(bridge);
        BackfillRunner runner = new BackfillRunner(() -> hub, bridge, tasks);
        runner.addFinishedListener(outcomes::add);
        dialog = new AddMarketDialog(new AddMarketViewModel(() -> hub, bridge, runner, Clock.fixed(NOW)));
        Label chart = new Label("chart");
        chart.setFocusTraversable(true);
        BorderPane root = new BorderPane(chart);
        root.setBottom(new TaskIndicatorView(tasks).node());
        Scene scene = new Scene(root, 900, 500);
        scene.getStylesheets().add(Objects.requireNonNull(
                getClass().getResource("/assets/css/cryptotrader.css")).toExternalForm());
        // Presses and typed keys; a release may land here once Enter has closed the dialog, and moves nothing.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keysInMainWindow.incrementAndGet());
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> keysInMainWindow.incrementAndGet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (venues == null) {
            return; // skipped: no recorded payloads, nothing was set up
        }
        venues.release();
        if (dialog != null) {
            WaitForAsyncUtils.asyncFx(() -> dialog.close()).get(10, TimeUnit.SECONDS);
        }
        background.shutdown();
        assertThat(background.awaitTermination(20, TimeUnit.SECONDS)).as("backfills ended").isTrue();
        hub.close();
        store.close();
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSearchListsTheVenuesInstrumentsAndFiltersAsYouType(FxRobot robot) throws Exception {
        openDialog(robot);
        assertThat(shownSymbols(robot)).as("trading pairs first, the halted one last")
                .containsExactly("BTC/USDT", "ETH/BTC", "LTC/USDT", "SOL/USDT");

        robot.write("usdt");
        waitFor(() -> shownSymbols(robot).equals(List.of("BTC/USDT", "LTC/USDT", "SOL/USDT")));
        robot.type(KeyCode.BACK_SPACE, 4).write("LTC");
        waitFor(() -> shownSymbols(robot).equals(List.of("LTC/USDT")));
        robot.type(KeyCode.BACK_SPACE, 3).write("btc");
        waitFor(() -> shownSymbols(robot).equals(List.of("BTC/USDT", "ETH/BTC")));
        assertThat(list(robot).getSelectionModel().getSelectedItem().nativeSymbol()).as("best match highlighted")
                .isEqualTo("BTCUSDT");

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitFor(() -> text(robot, "#add-market-picked").equals("Market: ETH/BTC on binance (ETHBTC)"));
        assertThat(dialog.isShowing()).as("the first Enter picks, it does not start anything").isTrue();
        assertThat(robot.lookup("#add-market-search").queryAs(TextField.class).getText()).isEqualTo("btc");
        assertThat(keysInMainWindow.get()).as("keys that reached the main window").isZero();
        assertThat(venues.klineStarts()).isEmpty();
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void anotherVenueListsItsPairsInItsOwnSpelling(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.write("btc").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#add-market-picked").startsWith("Market: BTC/USDT on binance"));

        ComboBox<?> exchange = robot.lookup("#add-market-exchange").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<Exchange>) exchange).setValue(Exchange.BITFINEX));
        waitFor(() -> shownNative(robot).equals(List.of("tBTCUSD", "tBTCUST"))); // the search stays
        assertThat(text(robot, "#add-market-picked")).as("a pick of another venue is dropped")
                .isEqualTo("No market picked yet");

        robot.clickOn("#add-market-search").type(KeyCode.ESCAPE);
        waitFor(() -> shownNative(robot).equals(List.of("tBTCUSD", "tBTCUST", "tETHUSD", "tLTCUST")));
        robot.write("tbtcust");
        waitFor(() -> shownNative(robot).equals(List.of("tBTCUST")));
        assertThat(shownSymbols(robot)).containsExactly("BTC/USDT");
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#add-market-picked").equals("Market: BTC/USDT on bitfinex (tBTCUST)"));
    }

    @Test
    void aListingThatFailsNamesTheExchangeAndCanBeRetried(FxRobot robot) throws Exception {
        venues.failListings(RecordedVenues.htmlError());

        robot.interact(() -> dialog.show(stage));

        waitFor(() -> text(robot, "#add-market-status").startsWith("Could not list the instruments of binance: "));
        String error = text(robot, "#add-market-status");
        assertThat(error).isEqualTo("Could not list the instruments of binance: GET /api/v3/exchangeInfo: an HTML "
                + "page came back instead of JSON (HTTP 500)");
        assertThat(robot.lookup("#add-market-retry").queryAs(Node.class).isVisible()).isTrue();
        assertThat(list(robot).getItems()).isEmpty();

        venues.failListings(null);
        robot.clickOn("#add-market-retry");

        waitFor(() -> list(robot).getItems().size() == 4);
        assertThat(robot.lookup("#add-market-retry").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#add-market-status").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aBackfillStartedFromTheDialogStoresTheBarsAndShowsProgressThenTheResult(FxRobot robot) throws Exception {
        venues.holdKlines();
        openDialog(robot);

        startBackfill(robot, "btcusdt", "2024-01-30");

        waitFor(() -> !dialog.isShowing());
        waitFor(() -> venues.klineStarts().size() == 1);
        assertThat(text(robot, "#task-title")).isEqualTo("Backfill binance BTC/USDT 1h");
        assertThat(text(robot, "#task-detail")).isEqualTo("starting…");
        assertThat(progressBar(robot).getProgress()).as("indeterminate before the first page").isNegative();

        venues.letThrough(1);
        waitFor(() -> text(robot, "#task-detail").equals("3 bars · page 1 · 93%"));
        assertThat(progressBar(robot).getProgress()).isCloseTo(1_000 / 1_080.0, within(1e-9));
        assertThat(stored()).as("the first page is stored before the second is asked for").hasSize(3);

        venues.letThrough(1);
        waitFor(() -> robot.lookup("#task-result").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#task-result")).isEqualTo("backfilled binance BTC/USDT 1h: 3 new bars");
        assertThat(robot.lookup("#task-active").queryAs(Node.class).isVisible()).isFalse();
        assertThat(venues.klineStarts()).containsExactly(JAN_30, SECOND_PAGE);
        assertThat(outcomes).singleElement().isEqualTo(new BackfillOutcome(BTC_1H,
                BackfillOutcome.Status.COMPLETED, 3, "backfilled binance BTC/USDT 1h: 3 new bars"));
        assertStoredAsRecorded(stored());
        assertThat(keysInMainWindow.get()).isZero();
    }

    @Test
    void cancelStopsAfterThePageInFlightAndTheNextRunResumes(FxRobot robot) throws Exception {
        venues.holdKlines();
        openDialog(robot);
        startBackfill(robot, "btcusdt", "2024-01-30");
        waitFor(() -> venues.klineStarts().size() == 1); // page 1 is in flight

        robot.clickOn("#task-cancel");
        waitFor(() -> text(robot, "#task-detail").equals("cancelling…"));
        assertThat(robot.lookup("#task-cancel").queryAs(Node.class).isDisabled()).isTrue();
        venues.letThrough(1);

        waitFor(() -> robot.lookup("#task-result").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#task-result"))
                .isEqualTo("cancelled binance BTC/USDT 1h after 1 page (3 new bars stored); run again to resume");
        assertThat(venues.klineStarts()).as("no page after the cancel").containsExactly(JAN_30);
        assertThat(stored()).as("the page in flight was stored whole").hasSize(3);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(BackfillOutcome.Status.CANCELLED);
            assertThat(o.newBars()).isEqualTo(3);
        });

        venues.release();
        robot.interact(() -> dialog.show(stage)); // the dialog remembers the market and the dates
        robot.clickOn("#add-market-backfill");

        waitFor(() -> outcomes.size() == 2);
        assertThat(venues.klineStarts()).as("the second run starts where the first stopped")
                .containsExactly(JAN_30, SECOND_PAGE);
        assertThat(outcomes.get(1).status()).isEqualTo(BackfillOutcome.Status.COMPLETED);
        waitFor(() -> text(robot, "#task-result").equals("backfilled binance BTC/USDT 1h: 0 new bars"));
        assertStoredAsRecorded(stored());
    }

    @Test
    void aStartDateInTheFutureOrNoDateAtAllIsRefusedWithAMessage(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.write("btcusdt").type(KeyCode.ENTER);
        assertThat(text(robot, "#add-market-from")).as("default: 30 days back").isEqualTo("2024-02-14");

        replaceFrom(robot, "2024-03-20");
        waitFor(() -> text(robot, "#add-market-problem").equals(
                "The start date 2024-03-20 is in the future: pick today (2024-03-15, UTC) or an earlier day."));
        robot.clickOn("#add-market-backfill");
        assertThat(dialog.isShowing()).isTrue();

        replaceFrom(robot, "30 days ago");
        waitFor(() -> text(robot, "#add-market-problem").startsWith("'30 days ago' is not a date: write the first "
                + "day to backfill as YYYY-MM-DD"));
        robot.type(KeyCode.ENTER);
        assertThat(dialog.isShowing()).isTrue();
        assertThat(tasks.running()).isEmpty();
        assertThat(venues.klineStarts()).isEmpty();

        replaceFrom(robot, "2024-03-14");
        waitFor(() -> text(robot, "#add-market-problem").isEmpty());
        assertThat(text(robot, "#add-market-span")).startsWith("up to 24 bars from 2024-03-14 00:00 UTC until now");
    }

    @Test
    void backfillsQueueOneAtATimeAndAVenueErrorEndsInItsMessage(FxRobot robot) throws Exception {
        venues.holdKlines();
        openDialog(robot);
        startBackfill(robot, "btcusdt", "2024-01-30");
        waitFor(() -> venues.klineStarts().size() == 1);

        robot.interact(() -> dialog.show(stage));
        robot.clickOn("#add-market-search").type(KeyCode.ESCAPE).write("ltc").type(KeyCode.ENTER).type(KeyCode.ENTER);
        waitFor(() -> !dialog.isShowing());
        waitFor(() -> text(robot, "#task-more").equals("+1 more"));
        assertThat(text(robot, "#task-title")).as("the running one is shown").isEqualTo("Backfill binance BTC/USDT 1h");

        robot.interact(() -> dialog.show(stage));
        robot.clickOn("#add-market-search").type(KeyCode.ESCAPE).write("btcusdt").type(KeyCode.ENTER);
        robot.clickOn("#add-market-backfill");
        waitFor(() -> text(robot, "#add-market-problem").equals("binance BTC/USDT 1h is already being backfilled"));
        assertThat(dialog.isShowing()).isTrue();
        robot.clickOn("#add-market-search").type(KeyCode.ESCAPE).write("ethbtc").type(KeyCode.ENTER)
                .type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#task-more").equals("+2 more"));
        robot.interact(() -> tasks.running().getLast().cancel()); // a waiting one leaves the queue at once
        assertThat(tasks.lastResultProperty().get()).isEqualTo("cancelled binance ETH/BTC 1h before it started");
        assertThat(text(robot, "#task-more")).isEqualTo("+1 more");
        assertThat(venues.klineStarts()).as("nothing runs alongside").hasSize(1);

        venues.release();

        waitFor(() -> outcomes.size() == 2);
        assertThat(outcomes.get(0).key()).isEqualTo(BTC_1H);
        BackfillOutcome ltc = outcomes.get(1);
        assertThat(ltc.status()).isEqualTo(BackfillOutcome.Status.FAILED);
        assertThat(ltc.message()).startsWith("backfill of binance LTC/USDT 1h failed: GET /api/v3/klines?symbol=LTCUSDT")
                .contains("-1121", "Invalid symbol.").endsWith("run again to resume)");
        waitFor(() -> text(robot, "#task-result").equals(ltc.message()));
    }

    /** Writes target/screenshots/add-market.png: the dialog, dark theme, a search narrowed to USDT pairs. */
    @Test
    void screenshotOfTheDialogWithAFilteredList(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.write("usdt");
        waitFor(() -> shownSymbols(robot).size() == 3);
        robot.type(KeyCode.ENTER);
        replaceFrom(robot, "2024-01-30");
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog.pane().getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
        Path png = Path.of("target/screenshots/add-market.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());

        BufferedImage written = ImageIO.read(png.toFile());
        assertThat(written.getWidth()).isGreaterThan(300);
        assertThat(luminance(written.getRGB(written.getWidth() / 2, written.getHeight() - 5)))
                .as("dark theme").isLessThan(60);
    }

    private void openDialog(FxRobot robot) throws Exception {
        robot.interact(() -> dialog.show(stage));
        waitFor(() -> dialog.isShowing());
        robot.clickOn("#add-market-search"); // headless, a new window gets the keyboard only once clicked
        waitFor(() -> list(robot).getItems().size() == 4);
        waitFor(() -> robot.lookup("#add-market-search").queryAs(TextField.class).isFocused());
    }

    private static void startBackfill(FxRobot robot, String search, String from) throws Exception {
        robot.write(search).type(KeyCode.ENTER);
        waitFor(() -> !text(robot, "#add-market-picked").startsWith("No market"));
        replaceFrom(robot, from);
        robot.type(KeyCode.ENTER); // the default button: Backfill
    }

    private static void replaceFrom(FxRobot robot, String text) {
        TextField field = robot.lookup("#add-market-from").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.type(KeyCode.BACK_SPACE).write(text);
    }

    private List<Candle> stored() {
        try (SqliteCandleStore check = SqliteCandleStore.open(db)) {
            return check.readAll(BTC_1H).toCandles();
        }
    }

    private void assertStoredAsRecorded(List<Candle> stored) {
        assertThat(stored).hasSize(venues.recordedRows().size());
        for (int i = 0; i < stored.size(); i++) {
            JsonNode row = venues.recordedRows().get(i);
            Candle c = stored.get(i);
            assertThat(c.openTime()).isEqualTo(row.get(0).asLong());
            assertThat(c.open()).isEqualByComparingTo(new BigDecimal(row.get(1).asText()));
            assertThat(c.high()).isEqualByComparingTo(new BigDecimal(row.get(2).asText()));
            assertThat(c.low()).isEqualByComparingTo(new BigDecimal(row.get(3).asText()));
            assertThat(c.close()).isEqualByComparingTo(new BigDecimal(row.get(4).asText()));
            assertThat(c.volume()).isEqualByComparingTo(new BigDecimal(row.get(5).asText()));
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<InstrumentInfo> list(FxRobot robot) {
        return robot.lookup("#add-market-list").queryAs(ListView.class);
    }

    private static List<String> shownSymbols(FxRobot robot) {
        return List.copyOf(list(robot).getItems()).stream().map(i -> i.instrument().symbol()).toList();
    }

    private static List<String> shownNative(FxRobot robot) {
        return List.copyOf(list(robot).getItems()).stream().map(InstrumentInfo::nativeSymbol).sorted().toList();
    }

    private static ProgressBar progressBar(FxRobot robot) {
        return robot.lookup("#task-progress").queryAs(ProgressBar.class);
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof TextField field ? field.getText() : ((Label) node).getText();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the screen shows: " + screen(), e);
        }
    }

    /** Every labelled control of every window, for a failure message. */
    private static String screen() {
        StringBuilder s = new StringBuilder();
        for (Window w : List.copyOf(Window.getWindows())) {
            s.append("\n[window ").append(w.getClass().getSimpleName()).append(" focused=").append(w.isFocused())
                    .append(" focusOwner=").append(w.getScene() == null ? null : w.getScene().getFocusOwner());
            if (w.getScene() != null) {
                for (Node n : w.getScene().getRoot().lookupAll("*")) {
                    if (n.getId() != null) {
                        String v = n instanceof Label l ? l.getText() : n instanceof TextField t ? t.getText()
                                : n instanceof ListView<?> lv ? String.valueOf(lv.getItems()) : "";
                        s.append("\n  #").append(n.getId()).append(" visible=").append(n.isVisible())
                                .append(" '").append(v).append("'");
                    }
                }
            }
        }
        return s.toString();
    }

    private static double luminance(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }
}
