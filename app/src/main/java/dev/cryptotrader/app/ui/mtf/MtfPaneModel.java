package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.Timeframe;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** One pane of the multi-timeframe view: its timeframe (the user picks it), its bars and what it says about them. */
public final class MtfPaneModel {

    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(this, "timeframe");
    private final ReadOnlyObjectWrapper<OhlcvColumns> bars = new ReadOnlyObjectWrapper<>(this, "bars",
            OhlcvColumns.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    long generation;

    MtfPaneModel(Timeframe tf) {
        timeframe.set(tf);
    }

    public ObjectProperty<Timeframe> timeframeProperty() {
        return timeframe;
    }

    public Timeframe timeframe() {
        return timeframe.get();
    }

    /** The bars on screen; a new object on every load. */
    public ReadOnlyObjectProperty<OhlcvColumns> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /** "loading…", "stored · 20,000 bars", "from 1m · 168 bars". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last load failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void loading() {
        status.set("loading…");
        problem.set("");
    }

    void loaded(MtfLoader.Loaded loaded) {
        bars.set(loaded.columns());
        status.set(loaded.source() + " · " + String.format("%,d", loaded.columns().size()) + " bars");
        problem.set("");
    }

    void failed(String why) {
        bars.set(OhlcvColumns.empty());
        status.set("");
        problem.set(why);
    }
}
