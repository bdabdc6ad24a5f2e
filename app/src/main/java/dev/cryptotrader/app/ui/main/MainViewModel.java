package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.market.BackfillOutcome;
import dev.cryptotrader.app.ui.SeriesCatalog;
import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.app.ui.chart.ChartViewModel;
import dev.cryptotrader.app.ui.live.LiveViewModel;
import dev.cryptotrader.app.ui.series.SeriesPickerViewModel;
import dev.cryptotrader.app.ui.status.StatusText;
import dev.cryptotrader.charting.VisibleRange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.function.Supplier;

/**
 * The main window's state: the series picker, the chart's data, live streaming, the status bar and the theme.
 * Selecting a series (picker, search or a timeframe key) opens it on the chart, and streams it while live is on.
 */
public final class MainViewModel {

    private final SeriesCatalog catalog;
    private final FxBridge bridge;
    private final SeriesPickerViewModel picker = new SeriesPickerViewModel();
    private final ChartViewModel chart;
    private final LiveViewModel live;
    private final StringProperty seriesText = new SimpleStringProperty(this, "series", "");
    private final StringProperty barsText = new SimpleStringProperty(this, "bars", "");
    private final StringProperty rangeText = new SimpleStringProperty(this, "range", "");
    private final StringProperty viewText = new SimpleStringProperty(this, "view", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "Loading series…");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.DARK);

    /** {@code store} and {@code marketData} are only asked for on the background executor. */
    public MainViewModel(Supplier<CandleStore> store, Supplier<MarketDataHub> marketData, SeriesCatalog catalog,
                         FxBridge bridge) {
        this.catalog = catalog;
        this.bridge = bridge;
        this.chart = new ChartViewModel(store, bridge);
        this.live = new LiveViewModel(marketData, bridge, chart.liveSink());
        picker.selectedProperty().addListener((obs, old, info) -> {
            if (info != null && (old == null || !old.key().equals(info.key()))) {
                open(info);
            }
        });
        chart.dataProperty().addListener((obs, old, data) -> showBars(data));
        chart.problemProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                message.set(text);
            }
        });
    }

    /** Shows {@code text} in the status bar's message (a chart feature's note: undo, an alert that fired…). */
    public void showMessage(String text) {
        if (text != null && !text.isEmpty()) {
            message.set(text);
        }
    }

    /** Reads the stored series in the background and opens the richest one. */
    public void start() {
        bridge.run(catalog::list, this::showSeries,
                e -> message.set("Could not list the stored series: " + e.getMessage()));
    }

    /** As {@link #start()}, with the series and the richest one's latest bars already read: shows them at once. */
    public void start(FirstView ahead) {
        chart.offer(ahead.richest(), ahead.latest());
        showSeries(ahead.series());
    }

    private void showSeries(List<SeriesInfo> series) {
        picker.setSeries(series);
        if (series.isEmpty()) {
            message.set("The database holds no candles yet: import some with 'cryptotrader import'.");
            return;
        }
        message.set("");
        picker.richest().ifPresent(info -> picker.select(info.key()));
    }

    /** Switches the current symbol and exchange to {@code timeframe}, if that series is stored. */
    public void selectTimeframe(Timeframe timeframe) {
        SeriesInfo current = picker.selectedProperty().get();
        if (current == null) {
            message.set("Pick a series first.");
            return;
        }
        SeriesKey wanted = current.key().withTimeframe(timeframe);
        if (wanted.equals(current.key())) {
            return;
        }
        if (!picker.select(wanted)) {
            message.set("No " + timeframe.label() + " candles stored for " + current.key().exchange() + " "
                    + current.key().instrument().symbol());
        }
    }

    /**
     * A backfill the user started has ended: the series list is read again and the series opened (reloaded when it is
     * already on screen, since picking the same key again would change nothing).
     */
    public void seriesStored(BackfillOutcome outcome) {
        message.set(outcome.message());
        bridge.run(catalog::list, series -> {
            SeriesInfo current = picker.selectedProperty().get();
            picker.setSeries(series);
            picker.find(outcome.key()).ifPresent(info -> {
                if (current != null && current.key().equals(outcome.key())) {
                    open(info);
                } else {
                    picker.select(outcome.key());
                }
            });
        }, e -> message.set("Could not list the stored series: " + e.getMessage()));
    }

    /** Turns live candles for the series on screen on or off. */
    public void toggleLive() {
        live.onProperty().set(!live.onProperty().get());
    }

    public void showVisibleRange(VisibleRange range) {
        viewText.set(StatusText.view(range));
    }

    private void open(SeriesInfo info) {
        seriesText.set(StatusText.series(info.key()));
        rangeText.set(StatusText.range(info));
        barsText.set("loading…");
        message.set("");
        chart.open(info);
        live.follow(info.key());
    }

    private void showBars(ChartData data) {
        if (data != null) {
            barsText.set(StatusText.bars(data));
        }
    }

    public SeriesPickerViewModel picker() {
        return picker;
    }

    public ChartViewModel chart() {
        return chart;
    }

    public LiveViewModel live() {
        return live;
    }

    public StringProperty seriesTextProperty() {
        return seriesText;
    }

    public StringProperty barsTextProperty() {
        return barsText;
    }

    public StringProperty rangeTextProperty() {
        return rangeText;
    }

    public StringProperty viewTextProperty() {
        return viewText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
