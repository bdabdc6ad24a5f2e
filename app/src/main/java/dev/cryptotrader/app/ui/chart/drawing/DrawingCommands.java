package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.trading.drawing.DrawingKind;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The drawing and alert keys, TradingView's where it has them: Alt+T trend line, Alt+H horizontal line, Alt+V
 * vertical line, Alt+F Fibonacci retracement; and Alt+R ray, Alt+B box (rectangle), Alt+N note, Alt+M magnet, Alt+A
 * alert. With a tool armed, the arrows move a cursor and Enter places a point; Esc cancels; Del deletes the selection;
 * Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes; Alt+Page Down / Alt+Page Up select the next / previous drawing.
 * {@link #menu} offers the same as a "Draw" menu.
 */
public final class DrawingCommands {

    public static final String GROUP = "Draw";

    private record Tool(DrawingKind kind, String id, KeyCode key) {
    }

    private static final List<Tool> TOOLS = List.of(
            new Tool(DrawingKind.TREND_LINE, "drawing.trend-line", KeyCode.T),
            new Tool(DrawingKind.HORIZONTAL_LINE, "drawing.horizontal-line", KeyCode.H),
            new Tool(DrawingKind.VERTICAL_LINE, "drawing.vertical-line", KeyCode.V),
            new Tool(DrawingKind.RAY, "drawing.ray", KeyCode.R),
            new Tool(DrawingKind.RECTANGLE, "drawing.rectangle", KeyCode.B),
            new Tool(DrawingKind.FIB_RETRACEMENT, "drawing.fib-retracement", KeyCode.F),
            new Tool(DrawingKind.TEXT_NOTE, "drawing.text-note", KeyCode.N));

    private DrawingCommands() {
    }

    public static void register(ChartCommands commands, ChartAnnotations a) {
        DrawingLayer layer = a.layer();
        for (Tool t : TOOLS) {
            commands.add(ChartCommand.of(t.id, title(t.kind), GROUP, () -> a.drawings().arm(t.kind),
                    new KeyCodeCombination(t.key, ALT_DOWN)));
        }
        commands.add(ChartCommand.of("alert.create", "Price alert at the mouse (or the latest close)", GROUP,
                () -> a.alerts().createHere(), new KeyCodeCombination(KeyCode.A, ALT_DOWN)));
        commands.add(ChartCommand.of("drawing.magnet", "Magnet: snap points to open/high/low/close", GROUP,
                () -> layer.magnetProperty().set(!layer.magnetProperty().get()),
                new KeyCodeCombination(KeyCode.M, ALT_DOWN)));
        commands.add(ChartCommand.of("drawing.place", "Place a point at the cursor / edit the selection's text",
                GROUP, layer::confirm, new KeyCodeCombination(KeyCode.ENTER)));
        commands.add(ChartCommand.of("drawing.cancel", "Cancel the tool in progress, or deselect", GROUP,
                layer::cancel, new KeyCodeCombination(KeyCode.ESCAPE)));
        commands.add(ChartCommand.of("drawing.delete", "Delete the selected drawing or alert", GROUP,
                a::deleteSelected, new KeyCodeCombination(KeyCode.DELETE),
                new KeyCodeCombination(KeyCode.BACK_SPACE)));
        commands.add(ChartCommand.of("drawing.undo", "Undo the last drawing edit", GROUP, a.drawings()::undo,
                new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN)));
        commands.add(ChartCommand.of("drawing.redo", "Redo", GROUP, a.drawings()::redo,
                new KeyCodeCombination(KeyCode.Y, SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN)));
        commands.add(ChartCommand.of("drawing.select-next", "Select the next drawing or alert", GROUP,
                () -> layer.selectNext(1), new KeyCodeCombination(KeyCode.PAGE_DOWN, ALT_DOWN)));
        commands.add(ChartCommand.of("drawing.select-previous", "Select the previous drawing or alert", GROUP,
                () -> layer.selectNext(-1), new KeyCodeCombination(KeyCode.PAGE_UP, ALT_DOWN)));
    }

    private static String title(DrawingKind kind) {
        String name = kind.displayName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * A "Draw" menu running the same commands. Items name their keys but carry no accelerators: JavaFX runs menu
     * accelerators before the focused node, so Del or Alt+A would fire while typing in a field; the chart's key
     * handler owns the keys instead.
     */
    public static Menu menu(ChartCommands commands, ChartAnnotations a) {
        Menu menu = new Menu("_Draw");
        for (ChartCommand c : commands.byGroup().getOrDefault(GROUP, List.of())) {
            if (c.id().equals("drawing.place") || c.id().equals("drawing.cancel")) {
                continue;
            }
            MenuItem item;
            if (c.id().equals("drawing.magnet")) {
                CheckMenuItem magnet = new CheckMenuItem();
                magnet.selectedProperty().bindBidirectional(a.layer().magnetProperty());
                item = magnet;
            } else {
                item = new MenuItem();
                item.setOnAction(e -> c.action().run());
            }
            item.setId("menu-" + c.id().replace('.', '-'));
            item.setMnemonicParsing(false);
            item.setText(c.title() + "   (" + c.keysText() + ")");
            if (c.id().equals("alert.create") || c.id().equals("drawing.magnet") || c.id().equals("drawing.undo")) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
        }
        return menu;
    }
}
