package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main chart's key for the multi-timeframe view: Ctrl+M (Cmd+M on macOS). */
public final class MtfCommands {

    public static final String ID = "view.multi-timeframe";
    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private MtfCommands() {
    }

    public static void register(ChartCommands commands, Runnable openForSeriesOnScreen) {
        commands.add(ChartCommand.of(ID, "Multi-timeframe view of this symbol", "View", openForSeriesOnScreen, KEY));
    }
}
