package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.trading.domain.Timeframe;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.function.Consumer;

import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;

/**
 * The chart's own keys: arrows pan (Shift: half a screen), +/- zoom, Home jumps to the latest bar, 1..8 pick
 * 1m … 1w, L turns live candles on or off.
 */
final class NavigationCommands {

    static final String GROUP = "Navigate";
    private static final double ZOOM_STEP = 1.25;

    private NavigationCommands() {
    }

    static void register(ChartCommands commands, CandleChart chart, Consumer<Timeframe> onTimeframe,
                         Runnable toggleLive) {
        commands.add(ChartCommand.of("chart.pan-older", "Pan towards older bars", GROUP,
                () -> chart.pan(-step(chart, 10)), key(KeyCode.LEFT), key(KeyCode.KP_LEFT)));
        commands.add(ChartCommand.of("chart.pan-newer", "Pan towards newer bars", GROUP,
                () -> chart.pan(step(chart, 10)), key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT)));
        commands.add(ChartCommand.of("chart.pan-older-fast", "Pan half a screen older", GROUP,
                () -> chart.pan(-step(chart, 2)), new KeyCodeCombination(KeyCode.LEFT, SHIFT_DOWN)));
        commands.add(ChartCommand.of("chart.pan-newer-fast", "Pan half a screen newer", GROUP,
                () -> chart.pan(step(chart, 2)), new KeyCodeCombination(KeyCode.RIGHT, SHIFT_DOWN)));
        commands.add(ChartCommand.of("chart.zoom-in", "Zoom in", GROUP, () -> chart.zoom(ZOOM_STEP),
                new KeyCodeCombination(KeyCode.EQUALS, SHIFT_ANY), new KeyCodeCombination(KeyCode.PLUS, SHIFT_ANY),
                key(KeyCode.ADD)));
        commands.add(ChartCommand.of("chart.zoom-out", "Zoom out", GROUP, () -> chart.zoom(1 / ZOOM_STEP),
                key(KeyCode.MINUS), key(KeyCode.SUBTRACT)));
        commands.add(ChartCommand.of("chart.latest", "Jump to the latest bar", GROUP, chart::jumpToLatest,
                key(KeyCode.HOME)));
        commands.add(ChartCommand.of("chart.live", "Live candles on / off", GROUP, toggleLive, key(KeyCode.L)));
        Timeframe[] timeframes = Timeframe.values();
        for (int i = 0; i < Math.min(8, timeframes.length); i++) {
            Timeframe tf = timeframes[i];
            commands.add(ChartCommand.of("timeframe." + tf.label(), "Timeframe " + tf.label(), "Timeframe",
                    () -> onTimeframe.accept(tf), key(KeyCode.valueOf("DIGIT" + (i + 1))),
                    key(KeyCode.valueOf("NUMPAD" + (i + 1)))));
        }
    }

    private static int step(CandleChart chart, int divisor) {
        return Math.max(1, chart.visibleRange().slots() / divisor);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }
}
