package dev.cryptotrader.app.ui.live;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final ScheduledThreadPoolExecutor PACER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "live-inbox-pacer");
        t.setDaemon(true);
        return t;
    });

    /**
     * What arrived since the last hand-over. {@code forming} and {@code status} may be null; {@code caughtUp} says
     * that a REST catch-up finished in between (its bars went to the store, not through this inbox).
     */
    record Batch(List<Candle> closed, Candle forming, ConnectionStatus status, boolean caughtUp, long messages) {
    }

    private final FxBridge bridge;
    private final Consumer<Batch> onFx;
    // No locks: the feed's threads run at the lowest priority, and one descheduled while holding a lock the FX thread
    // wanted would stall the FX thread until it got a CPU again. The feed adds, the FX thread takes.
    private final Queue<Candle> closed = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Candle> forming = new AtomicReference<>();
    private final AtomicReference<ConnectionStatus> status = new AtomicReference<>();
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private final AtomicLong messages = new AtomicLong();
    private final AtomicBoolean handOverPending = new AtomicBoolean();
    // Pacing: written on the FX thread, read by the feed's (a stale read only shifts one hand-over a little).
    private volatile boolean delivered;
    private volatile long lastDelivery; // System.nanoTime() of the last hand-over's start
    private volatile long interval = MIN_INTERVAL_NANOS;
    private volatile long handedOver; // System.nanoTime() the pending hand-over went to the bridge

    /**
     * Starts the pacer's thread now, on the calling thread's priority (a thread inherits its creator's). Left to its
     * first task it would be started by a feed thread, at the lowest priority, and late with every paced hand-over.
     */
    static void startPacer() {
        PACER.prestartAllCoreThreads();
    }

    LiveInbox(FxBridge bridge, Consumer<Batch> onFx) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.onFx = Objects.requireNonNull(onFx, "onFx");
    }

    @Override
    public void onForming(Candle candle) {
        forming.set(candle);
        messages.incrementAndGet(); // after the bar: a hand-over that counts a message also carries its bar
        handOver();
    }

    @Override
    public void onClosed(Candle candle) {
        closed.add(candle);
        forming.getAndUpdate(f -> f != null && f.openTime() <= candle.openTime() ? null : f); // superseded
        messages.incrementAndGet();
        handOver();
    }

    @Override
    public void onStatus(ConnectionStatus newStatus) {
        status.set(newStatus);
        if (newStatus.state() == ConnectionStatus.State.CAUGHT_UP) {
            caughtUp.set(true);
        }
        handOver();
    }

    private void handOver() {
        if (!handOverPending.compareAndSet(false, true)) {
            return; // the pending hand-over will take this too
        }
        long wait = delivered ? lastDelivery + interval - System.nanoTime() : 0;
        if (wait <= 0) {
            post();
        } else {
            PACER.schedule(this::post, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void post() {
        handedOver = System.nanoTime();
        bridge.onFx(this::deliver);
    }

    /** On the FX thread. The order of the steps is what keeps every bar and every count. */
    private void deliver() {
        long now = System.nanoTime();
        interval = now - handedOver > BUSY_LAG_NANOS ? Math.min(MAX_INTERVAL_NANOS, interval * 2)
                : Math.max(MIN_INTERVAL_NANOS, interval - interval / 4);
        lastDelivery = now;
        delivered = true;
        handOverPending.set(false); // first: whatever arrives from here on asks for a hand-over of its own
        long count = messages.getAndSet(0); // before the bars: every message counted here has its bar below
        Candle newest = forming.getAndSet(null); // before the closed bars: a closed bar comes before a newer forming
        List<Candle> closedNow = new ArrayList<>();
        for (Candle c = closed.poll(); c != null; c = closed.poll()) {
            closedNow.add(c);
        }
        if (newest != null && !closedNow.isEmpty() && newest.openTime() <= closedNow.getLast().openTime()) {
            newest = null; // taken just before its bar closed: the closed bar supersedes it
        }
        onFx.accept(new Batch(closedNow, newest, status.getAndSet(null), caughtUp.getAndSet(false), count));
    }
}
