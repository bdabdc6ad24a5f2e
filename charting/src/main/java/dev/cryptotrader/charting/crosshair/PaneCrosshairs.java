package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.ChartPane;
import dev.cryptotrader.charting.OhlcvColumns;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps a crosshair on every {@link ChartPane} of a column of panes, including subpanes added or removed later: all
 * share one {@link CrosshairState} and the bars of the price chart (subpanes are aligned with them).
 */
public final class PaneCrosshairs {

    private final CrosshairState state;
    private final Supplier<OhlcvColumns> bars;
    private final Map<ChartPane, CrosshairPlugin> plugins = new IdentityHashMap<>();
    private final ObservableList<Node> panes;
    private final ListChangeListener<Node> onChange = this::changed;

    private PaneCrosshairs(ObservableList<Node> panes, CrosshairState state, Supplier<OhlcvColumns> bars) {
        this.panes = panes;
        this.state = state;
        this.bars = bars;
    }

    /** Attaches to every pane in {@code panes} now and to each one added later; detaches from removed ones. */
    public static PaneCrosshairs install(ObservableList<Node> panes, CrosshairState state,
                                         Supplier<OhlcvColumns> bars) {
        PaneCrosshairs p = new PaneCrosshairs(panes, state, bars);
        panes.forEach(p::attach);
        panes.addListener(p.onChange);
        return p;
    }

    /** The plugin on {@code pane}, or null when it has none. */
    public CrosshairPlugin pluginOf(ChartPane pane) {
        return plugins.get(pane);
    }

    public CrosshairState state() {
        return state;
    }

    /** Removes every crosshair and stops following the panes. */
    public void uninstall() {
        panes.removeListener(onChange);
        plugins.forEach((pane, plugin) -> pane.xyChart().getPlugins().remove(plugin));
        plugins.clear();
    }

    private void changed(ListChangeListener.Change<? extends Node> c) {
        while (c.next()) {
            c.getRemoved().forEach(this::detach);
            c.getAddedSubList().forEach(this::attach);
        }
    }

    private void attach(Node node) {
        if (node instanceof ChartPane pane && !plugins.containsKey(pane)) {
            plugins.put(pane, CrosshairPlugin.attach(state, pane, bars));
        }
    }

    private void detach(Object node) {
        if (node instanceof ChartPane pane) {
            if (panes.contains(node)) {
                return; // moved within the column, not removed
            }
            CrosshairPlugin plugin = plugins.remove(pane);
            if (plugin != null) {
                pane.xyChart().getPlugins().remove(plugin);
                state.hideIfIn(pane);
            }
        }
    }
}
