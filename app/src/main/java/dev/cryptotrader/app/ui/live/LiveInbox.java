package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where a live stream's updates wait for the FX thread. A feed may send hundreds of updates a second, the screen
 * shows sixty frames: so updates are folded together (every closed bar kept, in order; only the newest forming bar
 * and status) and at most one hand-over to the FX thread is pending at any time. However fast the venue talks, the
 * FX thread gets one small batch per turn and its queue never fills up.
 *
 * <p>Hand-overs are also paced: at most one every {@value #MIN_INTERVAL_MILLIS} ms. An update after a quiet spell goes
 * at once; under a burst the next batch waits for the rest of the interval. Each batch makes the chart draw a frame,
 * and drawing it (software rendering especially) can take longer than the 16 ms between pulses: a frame on every
 * pulse would keep the FX thread waiting for the renderer. Twenty frames a second are plenty for candles. And the
 * pace yields to a busy FX thread: a hand-over that waited there more than {@value #BUSY_LAG_MILLIS} ms (the previous
 * frame still drawing, code not yet compiled, a loaded machine) doubles the interval, up to
 * {@value #MAX_INTERVAL_MILLIS} ms; prompt ones bring it back down.
 */
final class LiveInbox implements LiveCandleListener {

    /** The shortest time between two hand-overs: at most 20 batches (chart frames) a second. */
    static final long MIN_INTERVAL_MILLIS = 50;
    /** The longest: however busy the FX thread, the chart still moves a few times a second. */
    static final long MAX_INTERVAL_MILLIS = 400;
    /** A hand-over that waited longer than this for the FX thread finds it busy. */
    static final long BUSY_LAG_MILLIS = 10;
    private static final long MIN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS);
    private static final long MAX_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(MAX_INTERVAL_MILLIS);
    private static final long BUSY_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(BUSY_LAG_MILLIS);
    /** Waits out the rest of an interval; hands over through the bridge, never runs the batch itself. */
    private static final ScheduledExecutorService PACER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-inbox-pacer");
        t.setDaemon(true);
        return t;
    });

    /** What arrived since the last hand-over. {@code forming} and {@code status} may be null. */
    /**
     * What arrived since the last hand-over. {@code forming} and {@code status} may be null; {@code caughtUp} says
     * that a REST catch-up finished in between (its bars went to the store, not through this inbox).
     */
    record Batch(List<Candle> closed, Candle forming, ConnectionStatus status, boolean caughtUp, long messages) {
    }

    private final FxBridge bridge;
    private final Consumer<Batch> onFx;
    private List<Candle> closed = new ArrayList<>(); // guarded by this
    private Candle forming; // guarded by this
    private ConnectionStatus status; // guarded by this
    private boolean caughtUp; // guarded by this
    private long messages; // guarded by this
    private boolean handOverPending; // guarded by this
    private boolean delivered; // guarded by this
    private long lastDelivery; // System.nanoTime() of the last hand-over's start; guarded by this
    private long handedOver; // System.nanoTime() the pending hand-over went to the bridge; guarded by this
    private long interval = MIN_INTERVAL_NANOS; // guarded by this

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
            caughtUp |= newStatus.state() == ConnectionStatus.State.CAUGHT_UP;
        }
        handOver();
    }

    private void handOver() {
        long wait;
        synchronized (this) {
            if (handOverPending) {
                return;
            }
            handOverPending = true;
            wait = delivered ? lastDelivery + interval - System.nanoTime() : 0;
        }
        if (wait <= 0) {
            post();
        } else {
            PACER.schedule(this::post, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void post() {
        synchronized (this) {
            handedOver = System.nanoTime();
        }
        bridge.onFx(this::deliver);
    }

    private void deliver() {
        Batch batch;
        synchronized (this) {
            batch = new Batch(closed, forming, status, caughtUp, messages);
            closed = new ArrayList<>();
            forming = null;
            status = null;
            caughtUp = false;
            messages = 0;
            handOverPending = false;
            delivered = true;
            lastDelivery = System.nanoTime();
            interval = lastDelivery - handedOver > BUSY_LAG_NANOS ? Math.min(MAX_INTERVAL_NANOS, interval * 2)
                    : Math.max(MIN_INTERVAL_NANOS, interval - interval / 4);
        }
        onFx.accept(batch);
    }
}
