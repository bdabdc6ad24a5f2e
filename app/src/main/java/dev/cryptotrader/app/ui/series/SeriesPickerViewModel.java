package dev.cryptotrader.app.ui.series;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The stored series, the search text that filters them, and the one selected. */
public final class SeriesPickerViewModel {

    private final ObservableList<SeriesInfo> all = FXCollections.observableArrayList();
    private final FilteredList<SeriesInfo> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<SeriesInfo> selected = new SimpleObjectProperty<>(this, "selected");

    public SeriesPickerViewModel() {
        query.addListener((obs, old, text) -> shown.setPredicate(SeriesFilter.of(text)));
    }

    public void setSeries(List<SeriesInfo> series) {
        all.setAll(series);
        SeriesInfo current = selected.get();
        if (current != null) {
            selected.set(find(current.key()).orElse(null));
        }
    }

    public ObservableList<SeriesInfo> shownSeries() {
        return shown;
    }

    public List<SeriesInfo> allSeries() {
        return List.copyOf(all);
    }

    public Optional<SeriesInfo> find(SeriesKey key) {
        return all.stream().filter(info -> info.key().equals(key)).findFirst();
    }

    /** Selects the series if it is stored; returns whether it is. */
    public boolean select(SeriesKey key) {
        Optional<SeriesInfo> info = find(key);
        info.ifPresent(selected::set);
        return info.isPresent();
    }

    /** The series to open first: the one with the most bars. */
    public Optional<SeriesInfo> richest() {
        return richest(all);
    }

    /** The series of {@code series} to open first: the one with the most bars (the first of equals). */
    public static Optional<SeriesInfo> richest(List<SeriesInfo> series) {
        return series.stream().max(Comparator.comparingLong(SeriesInfo::barCount));
    }

    /** Selects the first series the search shows (Enter in the search field). */
    public boolean selectFirstShown() {
        if (shown.isEmpty()) {
            return false;
        }
        selected.set(shown.getFirst());
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<SeriesInfo> selectedProperty() {
        return selected;
    }
}
