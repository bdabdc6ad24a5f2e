package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a live stream's updates wait for the FX thread. A feed may send hundreds of updates a second, the screen
 * shows sixty frames: so updates are folded together (every closed bar kept, in order; only the newest forming bar
 * and status) and at most one hand-over to the FX thread is pending at any time. However fast the venue talks, the
 * FX thread gets one small batch per turn and its queue never fills up.
 */
final class LiveInbox implements LiveCandleListener {

    /** What arrived since the last hand-over. {@code forming} and {@code status} may be null. */
    record Batch(List<Candle> closed, Candle forming, ConnectionStatus status, long messages) {
    }

    private final FxBridge bridge;
    private final Consumer<Batch> onFx;
    private List<Candle> closed = new ArrayList<>(); // guarded by this
    private Candle forming; // guarded by this
    private ConnectionStatus status; // guarded by this
    private long messages; // guarded by this
    private boolean handOverPending; // guarded by this

    LiveInbox(FxBridge bridge, Consumer<Batch> onFx) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.onFx = Objects.requireNonNull(onFx, "onFx");
    }

    @Override
    public void onForming(Candle candle) {
        synchronized (this) {
            forming = candle;
            messages++;
        }
        handOver();
    }

    @Override
    public void onClosed(Candle candle) {
        synchronized (this) {
            closed.add(candle);
            if (forming != null && forming.openTime() <= candle.openTime()) {
                forming = null; // the closed bar supersedes it
            }
            messages++;
        }
        handOver();
    }

    @Override
    public void onStatus(ConnectionStatus newStatus) {
        synchronized (this) {
            status = newStatus;
        }
        handOver();
    }

    private void handOver() {
        synchronized (this) {
            if (handOverPending) {
                return;
            }
            handOverPending = true;
        }
        bridge.onFx(this::deliver);
    }

    private void deliver() {
        Batch batch;
        synchronized (this) {
            batch = new Batch(closed, forming, status, messages);
            closed = new ArrayList<>();
            forming = null;
            status = null;
            messages = 0;
            handOverPending = false;
        }
        onFx.accept(batch);
    }
}
