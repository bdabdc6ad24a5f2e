package dev.cryptotrader.app.ui.chart.crosshair;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.crosshair.CrosshairState;
import dev.cryptotrader.charting.crosshair.KeyboardCrosshair;
import dev.cryptotrader.charting.crosshair.PaneCrosshairs;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main chart's crosshair: synced over the price chart and every subpane in {@link ChartView#panes()} (also those
 * added later), driven by the mouse or by keys, with the {@link CrosshairReadout} of the bar under it. Its keys are
 * chart commands in the "Crosshair" group: X shows or hides it, Alt+←/→ step a bar, Alt+Shift+←/→ ten.
 */
public final class ChartCrosshair {

    public static final String GROUP = "Crosshair";

    private final CrosshairState state = new CrosshairState();
    private final PaneCrosshairs crosshairs;
    private final KeyboardCrosshair keys;
    private final CrosshairReadout readout;

    public ChartCrosshair(ChartView view, ChartViewModel model) {
        crosshairs = PaneCrosshairs.install(view.panes().getChildren(), state, view.chart()::columns);
        keys = new KeyboardCrosshair(state, view.chart());
        readout = new CrosshairReadout(state, () -> columns(model.data()));
        model.dataProperty().addListener((obs, old, data) -> {
            readout.setTitle(data == null ? "" : data.label());
            readout.refresh();
        });
        if (model.data() != null) {
            readout.setTitle(model.data().label());
            readout.refresh();
        }
        register(view.commands());
    }

    private void register(ChartCommands commands) {
        commands.add(ChartCommand.of("crosshair.toggle", "Keyboard crosshair on / off", GROUP, keys::toggle,
                new KeyCodeCombination(KeyCode.X)));
        commands.add(ChartCommand.of("crosshair.older", "Crosshair one bar older", GROUP, () -> keys.step(-1),
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN)));
        commands.add(ChartCommand.of("crosshair.newer", "Crosshair one bar newer", GROUP, () -> keys.step(1),
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN)));
        commands.add(ChartCommand.of("crosshair.older-fast", "Crosshair ten bars older", GROUP, () -> keys.step(-10),
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN)));
        commands.add(ChartCommand.of("crosshair.newer-fast", "Crosshair ten bars newer", GROUP, () -> keys.step(10),
                new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN)));
    }

    private static OhlcvColumns columns(ChartData data) {
        return data == null ? OhlcvColumns.empty() : data.columns();
    }

    /** Adds an indicator's (or any) values to the readout. */
    public void addSource(ReadoutSource source) {
        readout.addSource(source);
    }

    public void removeSource(ReadoutSource source) {
        readout.removeSource(source);
    }

    /** The readout node, for the top-left corner of the price pane (it replaces the chart's legend). */
    public Node readoutNode() {
        return readout.node();
    }

    public CrosshairReadout readout() {
        return readout;
    }

    public CrosshairState state() {
        return state;
    }

    public PaneCrosshairs crosshairs() {
        return crosshairs;
    }
}
