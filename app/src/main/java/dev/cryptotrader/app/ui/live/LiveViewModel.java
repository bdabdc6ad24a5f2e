package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.venue.Venues;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Live candles for the series on screen. While {@link #onProperty() on}, the series the chart shows is streamed
 * from its venue: closed bars are stored by the engine, and every update reaches the chart through a {@link LiveInbox}
 * (so the FX thread gets one batch per turn however fast the venue talks). Switching series switches the stream.
 * Opening and closing streams happens on the bridge's background executor, never on the FX thread.
 */
public final class LiveViewModel {

    /** Where live bars go on the chart. */
    public interface ChartSink {
        /** Applies a batch of live bars of one series; returns how many bars changed the chart. */
        int apply(SeriesKey key, List<Candle> closed, Candle forming);

        /** The store gained bars of {@code key} that did not come through the stream (a REST catch-up). */
        void storedBarsArrived(SeriesKey key);
    }

    private final Supplier<MarketDataHub> hub;
    private final FxBridge bridge;
    private final ChartSink chart;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final ReadOnlyObjectWrapper<ConnectionStatus.State> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyLongWrapper messages = new ReadOnlyLongWrapper(this, "messages");
    private SeriesKey shown; // the series on screen
    private SeriesKey streaming; // the series of the current subscription
    private Subscription subscription;
    private long generation;

    /** {@code hub} is only asked for on the background executor. */
    public LiveViewModel(Supplier<MarketDataHub> hub, FxBridge bridge, ChartSink chart) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.chart = Objects.requireNonNull(chart, "chart");
        LiveInbox.startPacer(); // here, as the window is built: not at the first toggle, not from a feed thread
        on.addListener((obs, was, isOn) -> {
            if (isOn) {
                streamShownSeries();
            } else {
                stopStream();
                statusText.set("");
                state.set(null);
            }
        });
    }

    /** The chart now shows {@code key}: stream it instead, if live is on. */
    public void follow(SeriesKey key) {
        shown = key;
        if (on.get() && !key.equals(streaming)) {
            stopStream();
            streamShownSeries();
        }
    }

    private void streamShownSeries() {
        if (shown == null) {
            statusText.set("live: pick a series first");
            return;
        }
        if (!Venues.supported().contains(shown.exchange())) {
            statusText.set("live: " + shown.exchange() + " has no live feed (live candles come from "
                    + Venues.supported().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")");
            state.set(null);
            return;
        }
        SeriesKey key = shown;
        long ticket = ++generation;
        streaming = key;
        state.set(ConnectionStatus.State.CONNECTING);
        statusText.set("live: connecting…"); // the series is beside it in the status bar
        LiveInbox inbox = new LiveInbox(bridge, batch -> deliver(ticket, key, batch));
        bridge.run(() -> hub.get().stream(key, inbox), started -> {
            if (ticket == generation) {
                subscription = started;
            } else {
                closeInBackground(started); // switched away while it was starting
            }
        }, e -> {
            if (ticket == generation) {
                state.set(ConnectionStatus.State.FAILED);
                statusText.set("live: could not start: " + e.getMessage());
            }
        });
    }

    private void deliver(long ticket, SeriesKey key, LiveInbox.Batch batch) {
        if (ticket != generation) {
            return;
        }
        if (batch.caughtUp()) {
            chart.storedBarsArrived(key); // the bars missed while disconnected are stored: show them too
        }
        chart.apply(key, batch.closed(), batch.forming());
        messages.set(messages.get() + batch.messages());
        if (batch.status() != null) {
            state.set(batch.status().state());
            statusText.set("live: " + LiveStatusText.of(batch.status()));
        }
    }

    private void stopStream() {
        generation++;
        streaming = null;
        Subscription running = subscription;
        subscription = null;
        if (running != null) {
            closeInBackground(running);
        }
    }

    /** Closing waits until the delivered bars are stored: not on the FX thread. */
    private void closeInBackground(Subscription s) {
        bridge.run(() -> {
            s.close();
            return null;
        }, done -> { }, e -> { });
    }

    /** Stops streaming (the app is closing). */
    public void close() {
        on.set(false);
    }

    /** Whether live streaming is on (the user's toggle). */
    public BooleanProperty onProperty() {
        return on;
    }

    /** Where the stream stands, for the status bar; empty while off. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The connection's state, or null while off. */
    public ReadOnlyObjectProperty<ConnectionStatus.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Live messages (forming and closed bars) that reached the chart since the app started. */
    public ReadOnlyLongProperty messagesProperty() {
        return messages.getReadOnlyProperty();
    }
}
