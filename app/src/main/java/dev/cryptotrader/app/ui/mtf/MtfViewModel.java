package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Two to four panes of one symbol at different timeframes. Each pane loads its bars in the background (stored, or
 * resampled from the finest stored timeframe); a load that finishes after the pane was switched to another timeframe
 * or symbol is dropped.
 */
public final class MtfViewModel {

    private final Supplier<CandleStore> store;
    private final FxBridge bridge;
    private final ObservableList<MtfPaneModel> panes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SeriesKey> symbol = new ReadOnlyObjectWrapper<>(this, "symbol");

    /** {@code store} is only asked for on the background executor. */
    public MtfViewModel(Supplier<CandleStore> store, FxBridge bridge) {
        this.store = store;
        this.bridge = bridge;
    }

    /** Shows the symbol of {@code series} in {@code count} panes, the series' own timeframe and context above it. */
    public void open(SeriesKey series, int count) {
        open(series, MtfDefaults.timeframes(series.timeframe(), count));
    }

    /** Shows the symbol of {@code series} at {@code timeframes}, one pane each, top-left first. */
    public void open(SeriesKey series, List<Timeframe> timeframes) {
        MtfDefaults.checkCount(timeframes.size());
        symbol.set(Objects.requireNonNull(series, "series"));
        panes.setAll(timeframes.stream().map(this::pane).toList());
        panes.forEach(this::load);
    }

    /** Keeps the first panes and adds (or removes) panes at the end; added ones get a timeframe not yet shown. */
    public void setPaneCount(int count) {
        MtfDefaults.checkCount(count);
        if (symbol.get() == null || count == panes.size()) {
            return;
        }
        if (count < panes.size()) {
            panes.remove(count, panes.size());
            return;
        }
        List<Timeframe> wanted = MtfDefaults.timeframes(symbol.get().timeframe(), count);
        for (Timeframe tf : wanted) {
            if (panes.size() < count && panes.stream().noneMatch(p -> p.timeframe() == tf)) {
                MtfPaneModel p = pane(tf);
                panes.add(p);
                load(p);
            }
        }
    }

    private MtfPaneModel pane(Timeframe tf) {
        MtfPaneModel p = new MtfPaneModel(tf);
        p.timeframeProperty().addListener((obs, old, now) -> load(p));
        return p;
    }

    private void load(MtfPaneModel pane) {
        long ticket = ++pane.generation;
        SeriesKey key = symbol.get();
        Timeframe tf = pane.timeframe();
        pane.loading();
        bridge.run(() -> MtfLoader.load(store.get(), key, tf), loaded -> {
            if (ticket == pane.generation) {
                pane.loaded(loaded);
            }
        }, e -> {
            if (ticket == pane.generation) {
                pane.failed(e.getMessage());
            }
        });
    }

    public ObservableList<MtfPaneModel> panes() {
        return panes;
    }

    /** The series the view was opened on (its exchange and instrument are the symbol shown). */
    public ReadOnlyObjectProperty<SeriesKey> symbolProperty() {
        return symbol.getReadOnlyProperty();
    }
}
