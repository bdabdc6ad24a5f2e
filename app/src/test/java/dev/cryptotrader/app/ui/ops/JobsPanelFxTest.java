package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.storage.SqliteJobStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.JobOutcome;
import dev.cryptotrader.trading.port.JobRun;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.cryptotrader.app.ui.ops.JobsViewModelTest.BTC_BACKFILL;
import static dev.cryptotrader.app.ui.ops.JobsViewModelTest.MINUTE;
import static dev.cryptotrader.app.ui.ops.JobsViewModelTest.NOW;
import static dev.cryptotrader.app.ui.ops.RateLimitIndicatorFxTest.pseudoClassesOf;
import static dev.cryptotrader.app.ui.ops.RateLimitIndicatorFxTest.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/** The jobs window over a real hub and job store with seeded runs: what its tables and notice display. */
@ExtendWith(ApplicationExtension.class)
class JobsPanelFxTest {

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui-background");
        t.setDaemon(true);
        return t;
    });
    private TestHub hub;
    private JobsWindow window;
    private Stage owner;

    @Start
    void start(Stage primary) {
        hub = TestHub.open(dir, "{\"watchlist\": " + JobsViewModelTest.WATCHLIST + "}");
        JobsViewModelTest.seedRuns(hub.database());
        window = new JobsWindow(new JobsViewModel(hub::hub, new FxBridge(background, Platform::runLater),
                Clock.fixed(NOW)));
        // An owner of our own, not TestFX's primary stage: one test closes it.
        owner = new Stage();
        owner.setScene(RateLimitIndicatorFxTest.statusBarScene(new Label("owner")));
        owner.show();
        window.show(owner);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            owner.close();
        });
        background.shutdownNow();
        hub.close();
    }

    @Test
    void theTableShowsEveryJobInTheCliWordsAndWhyNothingRuns(FxRobot robot) throws Exception {
        TableView<?> jobs = robot.lookup("#jobs-table").queryAs(TableView.class);
        waitFor(() -> jobs.getItems().size() == 4 && !cells(robot, "#jobs-table", 0).isEmpty());

        assertThat(robot.from(jobs).lookup(".column-header .label").queryAllAs(Label.class).stream()
                .map(Label::getText)).containsExactly("Kind", "Series", "Every", "Last run (UTC)", "Outcome",
                "Next due (UTC)", "Running");
        assertThat(cells(robot, "#jobs-table", 0)).containsExactly("backfill", "binance BTC/USDT 1h", "15m ±2m",
                "2026-01-10 11:35:00", "failed", "2026-01-10 11:55:00 (due now)", "");
        assertThat(cells(robot, "#jobs-table", 3)).containsExactly("gap-repair", "kucoin ETH/USDT 5m", "6h ±15m",
                "never", "-", "at the scheduler's first start", "");
        assertThat(pseudoClassesOf(cell(robot, "#jobs-table", 0, 4), "failed")).isTrue();
        Label notice = robot.lookup("#jobs-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("The scheduler is not running");
        assertThat(robot.lookup("#jobs-updated").queryAs(Label.class).getText())
                .isEqualTo("Updated 2026-01-10 12:00:00 UTC");
        assertThat(robot.lookup("#jobs-runs-title").queryAs(Label.class).getText())
                .isEqualTo("Select a job to see its recent runs");
    }

    @Test
    void clickingAJobShowsItsRecentRunsWithTheirMessages(FxRobot robot) throws Exception {
        waitFor(() -> !cells(robot, "#jobs-table", 0).isEmpty());

        robot.clickOn(cell(robot, "#jobs-table", 0, 1));

        waitFor(() -> cells(robot, "#jobs-runs", 1).size() == 5);
        assertThat(cells(robot, "#jobs-runs", 0)).containsExactly("2026-01-10 11:35:00", "failed", "1m2s", "0",
                "binance: HTTP 503 Service Unavailable");
        assertThat(cells(robot, "#jobs-runs", 1)).containsExactly("2026-01-10 11:20:00", "ok", "1s500ms", "3",
                "fetched 3 bars in 1 page");
        assertThat(robot.lookup("#jobs-runs-title").queryAs(Label.class).getText())
                .isEqualTo("Recent runs of backfill binance BTC/USDT 1h, newest first");
    }

    @Test
    void theRefreshButtonAndTheAutoRefreshShowNewRunsAndKeepTheSelection(FxRobot robot) throws Exception {
        waitFor(() -> !cells(robot, "#jobs-table", 0).isEmpty());
        robot.clickOn(cell(robot, "#jobs-table", 0, 1));
        waitFor(() -> cells(robot, "#jobs-runs", 1).size() == 5);

        recordBackfillRun(NOW - 2 * MINUTE, "up to date, nothing to fetch");
        robot.clickOn("#jobs-refresh");
        waitFor(() -> cells(robot, "#jobs-runs", 0).contains("up to date, nothing to fetch"));
        assertThat(cells(robot, "#jobs-table", 0)).contains("2026-01-10 11:58:00", "ok");
        TableView<?> jobs = robot.lookup("#jobs-table").queryAs(TableView.class);
        assertThat(jobs.getSelectionModel().getSelectedIndex()).isZero();

        recordBackfillRun(NOW - MINUTE, "1 bars in 1 pages: 1 new, 0 changed, 0 confirmed empty");
        waitFor(() -> cells(robot, "#jobs-runs", 0).contains("1 bars in 1 pages: 1 new, 0 changed, 0 confirmed empty"));
        assertThat(jobs.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void escapeClosesTheWindowAndItsRefreshesStop(FxRobot robot) throws Exception {
        waitFor(() -> window.panel().refreshing());
        robot.clickOn("#jobs-updated");

        robot.type(KeyCode.ESCAPE);

        waitFor(() -> !window.isShowing());
        assertThat(window.panel().refreshing()).isFalse();
        robot.interact(() -> window.show(owner));
        waitFor(() -> window.isShowing() && window.panel().refreshing());
    }

    @Test
    void closingTheMainWindowClosesTheJobsWindowAndStopsItsRefreshes(FxRobot robot) throws Exception {
        waitFor(() -> window.panel().refreshing());

        robot.interact(owner::close);

        waitFor(() -> !window.isShowing());
        assertThat(window.panel().refreshing()).isFalse();
    }

    private void recordBackfillRun(long startedAt, String message) {
        try (SqliteJobStore store = SqliteJobStore.open(hub.database())) {
            store.recordRun(new JobRun(BTC_BACKFILL, startedAt, startedAt + 700, JobOutcome.OK, message, 0),
                    startedAt + 15 * MINUTE);
        }
    }

    /** The texts the table displays in row {@code row}, left to right (a cell's own text, or its Text graphic's). */
    static List<String> cells(FxRobot robot, String table, int row) {
        return rowCells(robot, table, row).stream().map(JobsPanelFxTest::shown).toList();
    }

    private static String shown(TableCell<?, ?> cell) {
        if (cell.getText() != null) {
            return cell.getText();
        }
        return cell.getGraphic() instanceof Text text ? text.getText() : "";
    }

    static TableCell<?, ?> cell(FxRobot robot, String table, int row, int column) {
        return rowCells(robot, table, row).get(column);
    }

    private static List<TableCell<?, ?>> rowCells(FxRobot robot, String table, int row) {
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        List<TableCell<?, ?>> all = robot.from(view).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(c -> c).toList();
        return all.stream()
                .filter(c -> c.isVisible() && c.getTableRow() != null && c.getTableRow().getIndex() == row
                        && !c.isEmpty() && c.getTableColumn() != null)
                .sorted(Comparator.comparingInt(c -> view.getVisibleLeafIndex(castColumn(c))))
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static javafx.scene.control.TableColumn castColumn(TableCell<?, ?> cell) {
        return cell.getTableColumn();
    }
}
