package dev.cryptotrader.app.ui.chart.projection;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.keys.CommandMenuItems;
import dev.cryptotrader.trading.projection.IdeaSide;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;

/**
 * The projection keys: Alt+P a long idea, Alt+Shift+P a short one, Alt+[ / Alt+] pick the level, Alt+↑/↓ nudge it by a
 * tenth of an ATR (with Shift a whole ATR), Alt+Delete removes the idea, Alt+C toggles the forecast cone. The same
 * commands make the "Projection" menu.
 */
public final class ProjectionCommands {

    public static final String GROUP = "Projection";

    private ProjectionCommands() {
    }

    public static void register(ChartCommands commands, ProjectionController projection) {
        commands.add(ChartCommand.of("projection.long", "New long idea at the latest close", GROUP,
                () -> projection.newIdea(IdeaSide.LONG), new KeyCodeCombination(KeyCode.P, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.short", "New short idea at the latest close", GROUP,
                () -> projection.newIdea(IdeaSide.SHORT), new KeyCodeCombination(KeyCode.P, ALT_DOWN, SHIFT_DOWN)));
        commands.add(ChartCommand.of("projection.next-level", "Select the next level (entry, stop, target)", GROUP,
                () -> projection.selectLevel(1), new KeyCodeCombination(KeyCode.CLOSE_BRACKET, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.previous-level", "Select the previous level", GROUP,
                () -> projection.selectLevel(-1), new KeyCodeCombination(KeyCode.OPEN_BRACKET, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.nudge-up", "Move the selected level up (0.1 ATR)", GROUP,
                () -> projection.nudge(1), new KeyCodeCombination(KeyCode.UP, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.nudge-down", "Move the selected level down (0.1 ATR)", GROUP,
                () -> projection.nudge(-1), new KeyCodeCombination(KeyCode.DOWN, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.nudge-up-fast", "Move the selected level up (1 ATR)", GROUP,
                () -> projection.nudge(10), new KeyCodeCombination(KeyCode.UP, ALT_DOWN, SHIFT_DOWN)));
        commands.add(ChartCommand.of("projection.nudge-down-fast", "Move the selected level down (1 ATR)", GROUP,
                () -> projection.nudge(-10), new KeyCodeCombination(KeyCode.DOWN, ALT_DOWN, SHIFT_DOWN)));
        commands.add(ChartCommand.of("projection.remove", "Remove the idea", GROUP, projection::removeIdea,
                new KeyCodeCombination(KeyCode.DELETE, ALT_DOWN)));
        commands.add(ChartCommand.of("projection.cone", "Forecast cone (ATR, ±1σ ±2σ) on / off", GROUP,
                projection::toggleCone, new KeyCodeCombination(KeyCode.C, ALT_DOWN)));
    }

    /** The "Projection" menu: the registered projection commands, each showing its current keys. */
    public static Menu menu(ChartCommands commands) {
        return CommandMenuItems.menu("Projection", commands, "projection.long", "projection.short",
                "projection.next-level", "projection.previous-level", "projection.nudge-up", "projection.nudge-down",
                "projection.remove", "projection.cone");
    }
}
