package dev.cryptotrader.app.ui.chart.alert;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.alert.AlertEvaluator;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.Clock;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Watches price alerts on candle updates, live or replayed: each update (closed bars in order, then the forming one)
 * goes through the {@link AlertEvaluator}, and an alert that fires is marked in the {@link AlertStore} (the once-only
 * step: an alert another window fired already is not reported again) in the background. Listeners hear of each fired
 * alert on the FX thread; notification channels come later, the chart greys the line and marks the bar.
 *
 * <p>{@link #start()} tracks the stored active alerts; alerts created or moved later are passed to {@link #track}.
 */
public final class AlertMonitor {

    private final AlertStore store;
    private final AlertEvaluator evaluator;
    private final FxBridge bridge;
    private final List<Consumer<PriceAlert>> listeners = new CopyOnWriteArrayList<>();

    public AlertMonitor(AlertStore store, Clock clock, FxBridge bridge) {
        this.store = Objects.requireNonNull(store, "store");
        this.evaluator = new AlertEvaluator(clock);
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    /** Loads every active alert (in the background) and starts watching them. */
    public void start() {
        bridge.run(store::active, evaluator::trackAll, e -> { });
    }

    public void track(PriceAlert alert) {
        evaluator.track(alert);
    }

    public void untrack(UUID id) {
        evaluator.untrack(id);
    }

    /** Hears of each alert that fired, triggered with its bar, on the FX thread. */
    public void addListener(Consumer<PriceAlert> onFired) {
        listeners.add(Objects.requireNonNull(onFired, "onFired"));
    }

    /**
     * One batch of updates of {@code key}, the same shape as the live chart sink's: closed bars in order, then the
     * forming bar (may be null). Returns the alerts that fired in it (before they are stored).
     */
    public List<PriceAlert> onBars(SeriesKey key, List<Candle> closed, Candle forming) {
        List<PriceAlert> fired = new java.util.ArrayList<>();
        for (Candle c : closed) {
            fired.addAll(evaluator.onCandle(key, c));
        }
        if (forming != null) {
            fired.addAll(evaluator.onCandle(key, forming));
        }
        for (PriceAlert alert : fired) {
            bridge.run(() -> store.markTriggered(alert.id(), alert.trigger().orElseThrow()), marked -> {
                if (marked) {
                    listeners.forEach(l -> l.accept(alert));
                }
            }, e -> { });
        }
        return fired;
    }
}
