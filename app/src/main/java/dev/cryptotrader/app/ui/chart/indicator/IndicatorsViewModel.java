package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.port.ChartLayout;
import dev.cryptotrader.trading.port.ChartLayoutStore;
import dev.cryptotrader.trading.port.LoadedChartLayout;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The indicators on the chart, in the order they were added, and their persistence in a named {@link ChartLayout}.
 * Every change is saved in the background (the newest change wins if saves overlap); the layout's panes and settings,
 * which other features keep, are left as they are. {@link #restore} reads the layout at start; a change the user makes
 * before it arrives is not overwritten by it. FX thread only, except the saving and loading it hands to the bridge.
 */
public final class IndicatorsViewModel {

    /** The layout the main chart uses. */
    public static final String DEFAULT_LAYOUT = "default";

    private final Supplier<ChartLayoutStore> store;
    private final FxBridge bridge;
    private final String layoutName;
    private final ObservableList<IndicatorSpec> active = FXCollections.observableArrayList();
    private final ObservableList<IndicatorSpec> activeView = FXCollections.unmodifiableObservableList(active);
    private final Map<IndicatorKind, IndicatorSpec> lastUsed = new EnumMap<>(IndicatorKind.class);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final Object saveLock = new Object();
    private long saveTicket;
    private long savedTicket; // guarded by saveLock
    private boolean changedByUser;

    /** {@code store} is only asked for on the background executor. */
    public IndicatorsViewModel(Supplier<ChartLayoutStore> store, FxBridge bridge, String layoutName) {
        this.store = Objects.requireNonNull(store, "store");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.layoutName = Objects.requireNonNull(layoutName, "layoutName");
    }

    /** Reads the stored indicators; until then (and when none are stored) the chart has none. */
    public void restore() {
        bridge.run(() -> store.get().load(layoutName), this::restored,
                e -> problem.set("Could not read chart layout '" + layoutName + "': " + e.getMessage()));
    }

    private void restored(Optional<LoadedChartLayout> loaded) {
        if (loaded.isEmpty() || changedByUser) {
            return;
        }
        active.setAll(loaded.get().layout().indicators());
        active.forEach(spec -> lastUsed.put(spec.kind(), spec));
        problem.set(String.join("; ", loaded.get().problems()));
    }

    /** The indicators shown, in the order they were added; read-only. */
    public ObservableList<IndicatorSpec> active() {
        return activeView;
    }

    public boolean isActive(IndicatorKind kind) {
        return active.stream().anyMatch(s -> s.kind() == kind);
    }

    /**
     * Turns a kind on (with the parameters it last had, or its defaults) or off (every indicator of that kind: two
     * SMAs go together, and come back as the last one edited).
     */
    public void toggle(IndicatorKind kind) {
        if (isActive(kind)) {
            List<IndicatorSpec> rest = active.stream().filter(s -> s.kind() != kind).toList();
            change(rest);
        } else {
            List<IndicatorSpec> more = new ArrayList<>(active);
            more.add(lastUsed.getOrDefault(kind, kind.defaultSpec()));
            change(more);
        }
    }

    /** Replaces the whole set (the parameters dialog); a spec given twice is kept once. */
    public void setAll(List<IndicatorSpec> specs) {
        change(List.copyOf(new LinkedHashSet<>(specs)));
    }

    private void change(List<IndicatorSpec> specs) {
        changedByUser = true;
        specs.forEach(spec -> lastUsed.put(spec.kind(), spec));
        if (specs.equals(active)) {
            return;
        }
        active.setAll(specs);
        save(List.copyOf(specs));
    }

    private void save(List<IndicatorSpec> specs) {
        long ticket = ++saveTicket;
        bridge.run(() -> {
            synchronized (saveLock) {
                if (ticket > savedTicket) { // an older save that ran late must not undo a newer one
                    ChartLayoutStore layouts = store.get();
                    Optional<LoadedChartLayout> old = layouts.load(layoutName);
                    List<String> panes = old.map(l -> l.layout().panes()).orElse(List.of());
                    TreeMap<String, String> settings = new TreeMap<>();
                    old.ifPresent(l -> {
                        for (Entry<String, String> e : l.layout().settings().entrySet()) {
                            settings.put(e.getKey(), e.getValue());
                        }
                    });
                    layouts.save(new ChartLayout(layoutName, specs, panes, settings));
                    savedTicket = ticket;
                }
            }
            return ticket;
        }, saved -> problem.set(""), e -> problem.set("Could not save chart layout '" + layoutName + "': "
                + e.getMessage()));
    }

    /** Why the last restore or save failed (or which stored indicators were left out); empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String layoutName() {
        return layoutName;
    }
}
