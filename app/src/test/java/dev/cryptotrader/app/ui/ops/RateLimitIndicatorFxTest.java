package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.Theme;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator in a status bar, headless, polling a real hub once a second while real requests against the recorded
 * Binance spend the budget: the text, the bar and the colours follow, and the tooltip lists every budget.
 */
@ExtendWith(ApplicationExtension.class)
class RateLimitIndicatorFxTest {

    /** Primer Dark's -color-warning-fg and -color-danger-fg, which the app stylesheet gives the two levels. */
    static final Color DARK_WARNING = Color.web("#d29922");
    static final Color DARK_DANGER = Color.web("#f85149");
    static final Color LIGHT_DANGER = Color.web("#cf222e");

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui-background");
        t.setDaemon(true);
        return t;
    });
    private RecordedBinance binance;
    private TestHub hub;
    private RateLimitIndicatorView view;

    @BeforeAll
    static void needsTheRecordedPayloads() {
        RecordedBinance.fromSharedFixtures(); // skips the class, with the reason, without ../shared
    }

    @Start
    void start(Stage stage) throws Exception {
        binance = RecordedBinance.fromSharedFixtures();
        server.setDispatcher(binance);
        server.start();
        hub = TestHub.open(dir, TestHub.binanceConfig(server.url("/").toString(), "[]"));
        view = new RateLimitIndicatorView(new RateLimitViewModel(hub::hub,
                new FxBridge(background, Platform::runLater)));
        stage.setScene(statusBarScene(view.node()));
        stage.show();
        view.start();
    }

    /** A status bar like the main window's: labels on the left, the indicator at the right end. */
    static Scene statusBarScene(Node indicator) {
        Theme.DARK.apply();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label("binance · BTC/USDT · 1h"), gap, indicator);
        bar.getStyleClass().add("status-bar");
        Scene scene = new Scene(bar, 640, 32);
        scene.getStylesheets().add(Objects.requireNonNull(
                RateLimitIndicatorFxTest.class.getResource("/assets/css/cryptotrader.css")).toExternalForm());
        return scene;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(view::stop);
        background.shutdownNow();
        hub.close();
        server.close();
    }

    @Test
    void turnsFromZeroToWarningToCriticalAsRequestsSpendTheBudget(FxRobot robot) throws Exception {
        Label text = robot.lookup("#rate-limit-text").queryAs(Label.class);
        Node indicator = robot.lookup("#rate-limit-indicator").query();
        ProgressBar bar = robot.lookup("#rate-limit-bar").queryAs(ProgressBar.class);
        assertThat(text.getText()).isEqualTo("API 0%");
        assertThat(pseudoClasses(indicator)).containsExactly("ok");
        Color okColour = (Color) text.getTextFill();

        binance.reportUsedWeight(4_300);
        hub.backfillRecordedHours(1);
        waitFor(() -> text.getText().equals("API 71%"));
        assertThat(pseudoClasses(indicator)).containsExactly("warning");
        assertThat(text.getTextFill()).isEqualTo(DARK_WARNING).isNotEqualTo(okColour);
        assertThat(bar.getProgress()).isEqualTo(4_300 / 6_000.0);

        binance.reportUsedWeight(5_500);
        hub.backfillRecordedHours(2);
        waitFor(() -> text.getText().equals("API 91%"));
        assertThat(pseudoClasses(indicator)).containsExactly("critical");
        assertThat(text.getTextFill()).isEqualTo(DARK_DANGER);
        assertThat(binance.klineRequests()).isEqualTo(2);

        robot.interact(Theme.LIGHT::apply); // the same rules take Primer Light's darker -color-danger-fg
        waitFor(() -> LIGHT_DANGER.equals(text.getTextFill()));
        robot.interact(Theme.DARK::apply);
    }

    @Test
    void hoveringListsEveryBudgetWithItsShare(FxRobot robot) throws Exception {
        binance.reportUsedWeight(4_300);
        hub.backfillRecordedHours(1);
        waitFor(() -> robot.lookup("#rate-limit-text").queryAs(Label.class).getText().equals("API 71%"));

        robot.moveTo("#rate-limit-indicator");
        waitFor(() -> view.tooltip().isShowing());

        Parent table = (Parent) view.tooltip().getGraphic();
        List<String> texts = robot.from(table).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("Exchange", "Budget", "Used / limit", "%", "binance",
                "binance request weight / 1 min", "4,300 / 6,000", "71%", "bitfinex", "kucoin",
                "Fullest: binance request weight / 1 min, 71% (warning)");
        Label share = robot.from(table).lookup(".budget-share").match((Label l) -> l.getText().equals("71%"))
                .queryAs(Label.class);
        assertThat(pseudoClasses(share)).containsExactly("warning");
        assertThat(share.getTextFill()).isEqualTo(DARK_WARNING);
    }

    @Test
    void stopEndsThePollingAndStartResumesIt(FxRobot robot) throws Exception {
        Label text = robot.lookup("#rate-limit-text").queryAs(Label.class);
        robot.interact(view::stop);
        assertThat(view.polling()).isFalse();

        binance.reportUsedWeight(4_300);
        hub.backfillRecordedHours(1);
        WaitForAsyncUtils.sleep(2_500, TimeUnit.MILLISECONDS); // two and a half poll periods
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text.getText()).isEqualTo("API 0%");

        robot.interact(view::start);
        waitFor(() -> text.getText().equals("API 71%"));
        assertThat(view.polling()).isTrue();
    }

    static List<String> pseudoClasses(Node node) {
        return node.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(List.of("ok", "warning", "critical")::contains).toList();
    }

    static boolean pseudoClassesOf(Node node, String name) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(name));
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
