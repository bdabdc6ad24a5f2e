package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.concurrent.BackgroundPriority;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.SeriesInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The feed's listener inside {@link LiveCandleService}: stores closed bars, catches up over REST, and tells the
 * caller's listener.
 *
 * <p>Every event is handled on one worker thread, in the feed's order. A {@code SUBSCRIBED} status
 * starts a catch-up there, so the closed bars that arrive meanwhile wait behind it and are stored after the missed
 * ones. Until a catch-up succeeds, closed bars are not stored at all: the next catch-up fetches them over REST,
 * together with whatever is missing before them. A closed bar that leaves a hole after the last stored bar (the venue
 * published the previous bar late, or the stream skipped one) triggers another catch-up first.
 *
 * <p>The caller's listener hears everything on the worker, in the feed's order: a forming bar is passed on as it
 * comes (never stored), a closed bar once, in time order, only after it is stored, and only from the bar forming at
 * start on (older bars fetched by a catch-up are stored but not replayed). While a catch-up runs, the events behind
 * it wait; while catch-ups fail, forming bars still pass but closed ones are held back by the store.
 */
final class SeriesRecorder implements LiveCandleListener {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesRecorder.class);
    private static final long NONE = Long.MIN_VALUE;

    private final SeriesKey key;
    private final Backfill backfill;
    private final CandleStore store;
    private final Backoff retry;
    private final LiveCandleListener downstream;
    private final ScheduledThreadPoolExecutor worker;
    private final CancellationToken cancel = new CancellationToken();
    private final AtomicLong firstSeen = new AtomicLong(NONE);

    // Worker-thread state.
    private boolean subscribed;
    private boolean caughtUp;
    private long lastDelivered;
    private int failedCatchUps;
    private ScheduledFuture<?> pendingRetry;

    SeriesRecorder(SeriesKey key, Backfill backfill, CandleStore store, Clock clock, Backoff retry,
                   LiveCandleListener downstream) {
        this.key = key;
        this.backfill = backfill;
        this.store = store;
        this.retry = retry;
        this.downstream = downstream;
        this.lastDelivered = key.timeframe().bucketStart(clock.nowMillis()) - 1;
        this.worker = new ScheduledThreadPoolExecutor(1, BackgroundPriority.lowered(r -> {
            Thread t = new Thread(r, "store " + key);
            t.setDaemon(true);
            return t;
        }));
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void onForming(Candle candle) {
        firstSeen.compareAndSet(NONE, candle.openTime());
        submit(() -> guard(() -> downstream.onForming(candle)));
    }

    @Override
    public void onClosed(Candle candle) {
        firstSeen.compareAndSet(NONE, candle.openTime());
        submit(() -> closed(candle));
    }

    @Override
    public void onStatus(ConnectionStatus status) {
        submit(() -> status(status));
    }

    /** Stops a catch-up between pages, then stores what is queued; call after the feed is closed. */
    void close() {
        cancel.cancel();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("{}: storing the last closed bars took longer than 30 s", key);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void status(ConnectionStatus status) {
        guard(() -> downstream.onStatus(status));
        switch (status.state()) {
            case SUBSCRIBED -> {
                subscribed = true;
                caughtUp = false;
                catchUp("subscribed");
            }
            case DISCONNECTED, FAILED, STOPPED -> {
                subscribed = false;
                caughtUp = false; // what closes while we are away is fetched by the next catch-up
                cancelRetry();
            }
            default -> { }
        }
    }

    private void closed(Candle candle) {
        if (!caughtUp) {
            return; // the next catch-up fetches it over REST, in order with the bars missing before it
        }
        try {
            Optional<SeriesInfo> stored = store.info(key);
            if (stored.isPresent() && candle.openTime() > stored.get().lastOpenTime() + key.timeframe().millis()
                    && !catchUp("a hole before the bar at " + Instant.ofEpochMilli(candle.openTime()))) {
                return;
            }
            store.upsert(key, CandleSeries.of(List.of(candle)));
            deliver(candle);
        } catch (RuntimeException e) {
            LOG.error("{}: could not store the closed bar at {}", key, Instant.ofEpochMilli(candle.openTime()), e);
            failed("could not store the bar at " + Instant.ofEpochMilli(candle.openTime()) + ": " + e.getMessage());
        }
    }

    /** Fetches every closed bar after the last stored one over REST; false when that failed (a retry is planned). */
    private boolean catchUp(String why) {
        cancelRetry();
        long from = store.info(key).map(s -> s.lastOpenTime() + key.timeframe().millis()).orElse(firstSeen.get());
        if (from == NONE) {
            caughtUp = true;
            report(State.CAUGHT_UP, "nothing stored yet: the series starts with the first bar that closes");
            return true;
        }
        report(State.CATCHING_UP, why + ": fetching the closed bars from " + Instant.ofEpochMilli(from)
                + " over REST");
        try {
            BackfillResult result = backfill.run(key, new TimeRange(from, Long.MAX_VALUE), BackfillListener.NONE,
                    cancel);
            if (result.cancelled()) {
                return false;
            }
            caughtUp = true;
            failedCatchUps = 0;
            report(State.CAUGHT_UP, result.barsFetched() + " bars fetched (" + result.inserted() + " new)");
            CandleSeries fresh = store.read(key, new TimeRange(lastDelivered + 1, Long.MAX_VALUE));
            for (int i = 0; i < fresh.size(); i++) {
                deliver(fresh.candle(i));
            }
            return true;
        } catch (RuntimeException e) {
            failed(e.getMessage());
            return false;
        }
    }

    private void failed(String why) {
        caughtUp = false;
        Duration delay = retry.delay(++failedCatchUps);
        report(State.CATCH_UP_FAILED, why + "; closed bars are stored again once a catch-up succeeds (next try in "
                + delay.toMillis() + " ms)");
        pendingRetry = worker.schedule(() -> {
            if (subscribed && !caughtUp) {
                catchUp("retrying");
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelRetry() {
        if (pendingRetry != null) {
            pendingRetry.cancel(false);
            pendingRetry = null;
        }
    }

    private void deliver(Candle candle) {
        if (candle.openTime() > lastDelivered) {
            lastDelivered = candle.openTime();
            guard(() -> downstream.onClosed(candle));
        }
    }

    private void report(State state, String message) {
        if (state == State.CATCH_UP_FAILED) {
            LOG.warn("{}: {}", key, message);
        } else {
            LOG.info("{}: {}", key, message);
        }
        guard(() -> downstream.onStatus(ConnectionStatus.of(state, message)));
    }

    private void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            LOG.debug("{}: event after close ignored", key);
        }
    }

    private void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("{}: the listener failed", key, e);
        }
    }
}
