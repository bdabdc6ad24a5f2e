package dev.cryptotrader.app.ui.keys;

import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.replay.ReplayPlayer;
import dev.cryptotrader.charting.projection.ProjectionOverlay;
import dev.cryptotrader.app.ui.RunningApp;
import dev.cryptotrader.app.ui.main.MainWindow;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.VisibleRange;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real main window on the demo database: every key of every registered chart command reaches that command, the
 * shortcut sheet lists exactly the registry, navigation keys do what they say, and typing in a text field never
 * moves the chart. All on the real main window, with every feature it wires.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsFxTest {

    @TempDir
    static Path dir;
    private static Path db;

    private RunningApp app;
    private MainWindow window;
    private Stage stage;
    private ShortcutSheet sheet;

    @BeforeAll
    static void seed() {
        db = RunningApp.demoDatabase(dir);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = RunningApp.show(db, stage, 1280, 800, w -> w.model().themeProperty().set(Theme.DARK));
        window = app.window();
        sheet = window.shortcutSheet(); // the window's own: projection, replay and the sheet are wired by it
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> {
            sheet.close();
        });
        app.close();
    }

    @Test
    void everyKeyOfEveryCommandReachesThatCommand(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = window.view().chart();
        ChartCommands commands = window.view().chartView().commands();
        List<KeyEvent> pressed = new ArrayList<>();
        List<KeyEvent> unconsumed = new ArrayList<>();
        Scene scene = stage.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed::add);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, unconsumed::add);
        int keysChecked = 0;

        for (ChartCommand command : commands.all()) {
            for (KeyCombination key : command.keys()) {
                KeyCodeCombination combo = (KeyCodeCombination) key;
                robot.interact(() -> {
                    closeOtherWindows();
                    stage.requestFocus();
                    chart.requestFocus();
                });
                pressed.clear();
                unconsumed.clear();
                press(robot, combo);
                WaitForAsyncUtils.waitForFxEvents();

                KeyEvent event = pressed.stream().filter(e -> e.getCode() == combo.getCode()).findFirst()
                        .orElseThrow(() -> new AssertionError(key.getDisplayText() + " never reached the window"));
                assertThat(commands.commandFor(event)).as("the command %s runs", key.getDisplayText())
                        .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(command.id()));
                assertThat(unconsumed).as("%s is handled by the chart, not passed on", key.getDisplayText())
                        .noneMatch(e -> e.getCode() == combo.getCode());
                keysChecked++;
            }
        }
        assertThat(keysChecked).isGreaterThanOrEqualTo(commands.all().size());
        assertThat(commands.all()).extracting(ChartCommand::group)
                .contains("Navigate", "Timeframe", "Projection", "Replay", "Help");
    }

    @Test
    void questionMarkOpensASheetListingEveryCommandAndEscClosesIt(FxRobot robot) throws Exception {
        waitUntilLoaded();
        ChartCommands commands = window.view().chartView().commands();
        robot.interact(() -> window.view().chart().requestFocus());

        robot.write("?");
        waitFor(sheet::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        Stage sheetStage = sheet.stage();
        List<String> titles = robot.from(sheetStage.getScene().getRoot()).lookup(".shortcut-title")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        List<String> keys = robot.from(sheetStage.getScene().getRoot()).lookup(".shortcut-keys")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(titles).containsAll(commands.all().stream().map(ChartCommand::title).toList())
                .containsAll(ShortcutSheet.WINDOW_KEYS.values());
        assertThat(keys).containsAll(commands.all().stream().map(ChartCommand::keysText).toList())
                .contains("Ctrl+N", "Ctrl+J", "Ctrl+Shift+L", "Ctrl+Q", "/", "?");
        assertThat(titles).hasSize(commands.all().size() + ShortcutSheet.WINDOW_KEYS.size());
        screenshot(sheetStage.getScene(), "shortcut-sheet.png");

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !sheet.isShowing());
        robot.interact(() -> window.view().chart().requestFocus());
        robot.type(KeyCode.F1);
        waitFor(sheet::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !sheet.isShowing());
    }

    @Test
    void navigationKeysPanZoomJumpAndSwitchTimeframes(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = window.view().chart();
        robot.interact(chart::requestFocus);
        VisibleRange start = chart.visibleRange();

        robot.type(KeyCode.LEFT);
        assertThat(chart.visibleRange().lastBar()).isLessThan(start.lastBar());
        robot.press(KeyCode.SHIFT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.SHIFT);
        assertThat(chart.visibleRange().lastBar()).isLessThan(start.lastBar() - start.slots() / 3);
        robot.type(KeyCode.HOME);
        assertThat(chart.visibleRange().lastBar()).isEqualTo(chart.barCount() - 1);
        robot.type(KeyCode.MINUS);
        assertThat(chart.visibleRange().slots()).isGreaterThan(start.slots());
        robot.type(KeyCode.ADD);
        robot.type(KeyCode.EQUALS);
        assertThat(chart.visibleRange().slots()).isLessThan(start.slots());
        robot.type(KeyCode.DIGIT5);
        waitFor(() -> chart.label().contains("1h"));
        robot.type(KeyCode.NUMPAD1);
        waitFor(() -> chart.label().contains("1m"));
    }

    @Test
    void typingInTheSearchFieldNeverMovesTheChartOrRunsChartCommands(FxRobot robot) throws Exception {
        waitUntilLoaded();
        CandleChart chart = window.view().chart();
        ProjectionOverlay overlay = (ProjectionOverlay) chart.xyChart().getPlugins().stream()
                .filter(ProjectionOverlay.class::isInstance).findFirst().orElseThrow();
        VisibleRange before = chart.visibleRange();
        TextField search = robot.lookup("#series-search").queryAs(TextField.class);
        robot.clickOn(search);

        robot.write("btc ?");
        robot.type(KeyCode.LEFT, 2).type(KeyCode.RIGHT).type(KeyCode.HOME).type(KeyCode.MINUS).type(KeyCode.SPACE)
                .type(KeyCode.DIGIT5).type(KeyCode.L);
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        robot.press(KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(search.getText()).contains("btc ?", "5", "l", "R"); // the field got every key (Home moved its caret)
        assertThat(chart.visibleRange()).isEqualTo(before);
        assertThat(chart.label()).contains("1m");
        assertThat(sheet.isShowing()).isFalse();
        assertThat(overlay.isIdeaShown()).isFalse();
        assertThat(window.model().live().onProperty().get()).isFalse();
        assertThat(window.replay().stateProperty().get()).isEqualTo(ReplayPlayer.State.IDLE);
    }

    private static void press(FxRobot robot, KeyCodeCombination combo) {
        List<KeyCode> modifiers = new ArrayList<>();
        if (combo.getShortcut() == KeyCombination.ModifierValue.DOWN
                || combo.getControl() == KeyCombination.ModifierValue.DOWN) {
            modifiers.add(KeyCode.CONTROL);
        }
        if (combo.getShift() == KeyCombination.ModifierValue.DOWN) {
            modifiers.add(KeyCode.SHIFT);
        }
        if (combo.getAlt() == KeyCombination.ModifierValue.DOWN) {
            modifiers.add(KeyCode.ALT);
        }
        if (combo.getMeta() == KeyCombination.ModifierValue.DOWN) {
            modifiers.add(KeyCode.META);
        }
        modifiers.forEach(robot::press);
        robot.press(combo.getCode()).release(combo.getCode());
        modifiers.reversed().forEach(robot::release);
    }

    private void closeOtherWindows() {
        sheet.close();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage && w instanceof Stage s) {
                s.close();
            }
        }
    }

    static void screenshot(Scene scene, String name) throws Exception {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve(name).toFile());
        assertThat(shots.resolve(name)).isNotEmptyFile();
    }

    private void waitUntilLoaded() throws Exception {
        waitFor(() -> window.firstPaint().isDone() && window.model().chart().data() != null
                && window.model().chart().data().complete());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
