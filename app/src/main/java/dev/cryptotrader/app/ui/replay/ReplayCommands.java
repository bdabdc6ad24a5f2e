package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.keys.CommandMenuItems;
import dev.cryptotrader.charting.CandleChart;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;

/**
 * The replay's keys: Shift+R replays from the chart's right edge, Space plays or pauses, ] and [ change the speed,
 * Shift+E ends the replay. The same commands make the "Replay" menu.
 */
public final class ReplayCommands {

    public static final String GROUP = "Replay";

    private ReplayCommands() {
    }

    public static void register(ChartCommands commands, ReplayPlayer player, CandleChart chart) {
        commands.add(ChartCommand.of("replay.from-here", "Replay from the right edge (or the last 500 bars)", GROUP,
                () -> player.replayFrom(chart.visibleRange().lastBar()),
                new KeyCodeCombination(KeyCode.R, SHIFT_DOWN)));
        commands.add(ChartCommand.of("replay.latest", "Replay the last 500 bars", GROUP,
                () -> player.replayLatest(ReplayPlayer.DEFAULT_BARS), new KeyCodeCombination(KeyCode.R,
                        SHIFT_DOWN, javafx.scene.input.KeyCombination.ALT_DOWN)));
        commands.add(ChartCommand.of("replay.play-pause", "Replay: play / pause", GROUP, player::playPause,
                new KeyCodeCombination(KeyCode.SPACE)));
        commands.add(ChartCommand.of("replay.faster", "Replay faster", GROUP, player::faster,
                new KeyCodeCombination(KeyCode.CLOSE_BRACKET)));
        commands.add(ChartCommand.of("replay.slower", "Replay slower", GROUP, player::slower,
                new KeyCodeCombination(KeyCode.OPEN_BRACKET)));
        commands.add(ChartCommand.of("replay.stop", "End the replay (show the stored bars again)", GROUP,
                player::stop, new KeyCodeCombination(KeyCode.E, SHIFT_DOWN)));
    }

    /** The "Replay" menu: the registered replay commands, each showing its current keys. */
    public static Menu menu(ChartCommands commands) {
        return CommandMenuItems.menu("Replay", commands, "replay.from-here", "replay.latest", "replay.play-pause",
                "replay.faster", "replay.slower", "replay.stop");
    }
}
