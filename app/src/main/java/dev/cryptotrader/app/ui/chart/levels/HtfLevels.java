package dev.cryptotrader.app.ui.chart.levels;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.levels.LevelLine;
import dev.cryptotrader.charting.levels.LevelsPlugin;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.levels.Period;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * Higher-timeframe levels on the price chart: previous day and week high/low/close (Shift+D) and swing
 * support/resistance (Shift+S). They are computed in the background from the bars on screen whenever those change;
 * while one computation runs, further changes are folded into one more run, so a live stream costs at most one
 * computation at a time.
 */
public final class HtfLevels {

    public static final String GROUP = "Levels";
    /** Bars on each side of a swing pivot. */
    public static final int SWING_STRENGTH = 8;

    private final ChartViewModel model;
    private final FxBridge bridge;
    private final LevelsPlugin plugin;
    private final BooleanProperty periods = new SimpleBooleanProperty(this, "periods");
    private final BooleanProperty swings = new SimpleBooleanProperty(this, "swings");
    private boolean running;
    private boolean pending;

    private record Job(ChartData data, boolean periods, boolean swings) {
    }

    public HtfLevels(CandleChart chart, ChartViewModel model, FxBridge bridge) {
        this.model = model;
        this.bridge = bridge;
        plugin = LevelsPlugin.attach(chart);
        model.dataProperty().addListener((obs, old, data) -> update());
        periods.addListener((obs, old, on) -> update());
        swings.addListener((obs, old, on) -> update());
    }

    /** Registers Shift+D (day and week levels) and Shift+S (swing levels). */
    public void registerCommands(ChartCommands commands) {
        commands.add(ChartCommand.of("levels.day-week", "Previous day / week high, low, close on / off", GROUP,
                () -> periods.set(!periods.get()), new KeyCodeCombination(KeyCode.D, KeyCombination.SHIFT_DOWN)));
        commands.add(ChartCommand.of("levels.swing", "Swing support / resistance on / off", GROUP,
                () -> swings.set(!swings.get()), new KeyCodeCombination(KeyCode.S, KeyCombination.SHIFT_DOWN)));
    }

    /** PDH/PDL/PDC and PWH/PWL/PWC shown (bind a CheckMenuItem to it). */
    public BooleanProperty periodLevelsProperty() {
        return periods;
    }

    /** Swing support and resistance shown. */
    public BooleanProperty swingLevelsProperty() {
        return swings;
    }

    public LevelsPlugin plugin() {
        return plugin;
    }

    private void update() {
        if (running) {
            pending = true;
            return;
        }
        ChartData data = model.data();
        if (data == null || !periods.get() && !swings.get()) {
            plugin.setLines(List.of());
            return;
        }
        running = true;
        Job job = new Job(data, periods.get(), swings.get());
        bridge.run(() -> compute(job), this::done, e -> done(List.of()));
    }

    private void done(List<LevelLine> lines) {
        running = false;
        plugin.setLines(lines);
        if (pending) {
            pending = false;
            update();
        }
    }

    private static List<LevelLine> compute(Job job) {
        List<LevelLine> lines = new ArrayList<>();
        Timeframe tf = job.data().series().key().timeframe();
        var columns = job.data().columns();
        if (job.periods()) {
            // Previous-day levels mean nothing on a daily chart or above, weekly ones on a weekly chart.
            if (tf.millis() < Timeframe.D1.millis()) {
                lines.addAll(LevelLines.periods(columns, Period.DAY));
            }
            if (tf.millis() < Timeframe.W1.millis()) {
                lines.addAll(LevelLines.periods(columns, Period.WEEK));
            }
        }
        if (job.swings()) {
            lines.addAll(LevelLines.swings(columns, SWING_STRENGTH));
        }
        return lines;
    }
}
