package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataHub;
import dev.cryptotrader.app.ui.FxBridge;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The rate-limit budgets as the status bar shows them. Each {@link #poll()} reads them from the hub on the background
 * executor; a poll while the previous one is still out is skipped, so a slow hub never piles up work.
 */
public final class RateLimitViewModel {

    private final Supplier<MarketDataHub> hub;
    private final FxBridge bridge;
    private final ReadOnlyObjectWrapper<RateLimitSummary> summary =
            new ReadOnlyObjectWrapper<>(this, "summary", RateLimitSummary.NOTHING_SPENT);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean pollInFlight; // touched on the FX thread only

    /** @param hub asked for only on the background executor (the first poll may open it) */
    public RateLimitViewModel(Supplier<MarketDataHub> hub, FxBridge bridge) {
        this.hub = Objects.requireNonNull(hub, "hub");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
    }

    /** Starts reading the budgets unless a read is still in flight; call on the FX thread. */
    public void poll() {
        if (pollInFlight) {
            return;
        }
        pollInFlight = true;
        bridge.run(() -> new RateLimitSummary(hub.get().rateLimitUsage()), read -> {
            pollInFlight = false;
            summary.set(read);
            problem.set("");
        }, e -> {
            pollInFlight = false; // keep the last numbers; the next poll tries again
            problem.set("Could not read the budgets: " + e.getMessage());
        });
    }

    public boolean pollInFlight() {
        return pollInFlight;
    }

    public RateLimitSummary summary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<RateLimitSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last poll failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
