package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.charting.OhlcvBuffer;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CandleStore;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Plays stored bars into the chart as if they were live, for series without a live stream (or with live off): the
 * chart is cut back to the replay's start and each later bar arrives as forming updates, then closed, through the
 * live sink. A daemon timer ({@value #TICK_MILLIS} ms ticks) takes the due events off the {@link ReplayFeed} and hands
 * them to the FX thread through the bridge, at most one hand-over pending at a time (a busy FX thread gets bigger
 * batches, never a queue). The stored bars are read on the background executor. Call the public methods on the FX
 * thread.
 */
public final class ReplayPlayer {

    public enum State { IDLE, LOADING, PLAYING, PAUSED, FINISHED }

    /** Bars per second the speed keys step through. */
    public static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100};
    /** Bars replayed when the chart's right edge is already the latest bar. */
    public static final int DEFAULT_BARS = 500;
    static final long TICK_MILLIS = 50;

    private final Supplier<CandleStore> store;
    private final FxBridge bridge;
    private final ReplayTarget target;
    private final ObservableBooleanValue liveOn;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper(this, "speed", 10);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final Object lock = new Object();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> ticking;
    private ChartData original; // what the chart showed before the replay
    private SeriesKey key;
    private long generation;
    private ReplayFeed feed; // guarded by lock
    private boolean handOverPending; // guarded by lock
    private double owedEvents; // guarded by lock
    private long lastTick; // guarded by lock
    private int barsPerSecond = 10; // guarded by lock (the timer reads it)

    /** {@code store} is only asked for on the background executor; {@code liveOn} stops a replay when it turns on. */
    public ReplayPlayer(Supplier<CandleStore> store, FxBridge bridge, ReplayTarget target,
                        ObservableBooleanValue liveOn) {
        this.store = Objects.requireNonNull(store, "store");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.target = Objects.requireNonNull(target, "target");
        this.liveOn = Objects.requireNonNull(liveOn, "liveOn");
        liveOn.addListener((obs, was, on) -> {
            if (on && isActive()) {
                stop();
                statusText.set("replay stopped: live candles are on");
            }
        });
    }

    /**
     * "Replay from here": keeps the bars up to {@code lastVisibleBar} (the chart's right edge) and replays the stored
     * bars after it; at the latest bar already, replays the last {@value #DEFAULT_BARS} bars instead.
     */
    public void replayFrom(int lastVisibleBar) {
        ChartData shown = target.shown();
        int size = shown == null ? 0 : shown.columns().size();
        start(lastVisibleBar >= 0 && lastVisibleBar < size - 1 ? lastVisibleBar + 1 : size - DEFAULT_BARS);
    }

    /** Replays the last {@code bars} bars of the series on screen. */
    public void replayLatest(int bars) {
        ChartData shown = target.shown();
        start(shown == null ? 0 : shown.columns().size() - bars);
    }

    private void start(int keep) {
        ChartData shown = isActive() ? original : target.shown();
        if (shown == null || shown.columns().size() < 2) {
            statusText.set("replay: open a series with at least two bars first");
            return;
        }
        if (liveOn.get()) {
            statusText.set("replay: live candles are on; turn them off (L) to replay stored bars");
            return;
        }
        stopTimer();
        OhlcvColumns all = shown.columns();
        int kept = Math.clamp(keep, 1, all.size() - 1);
        long ticket = ++generation;
        original = shown;
        key = shown.series().key();
        state.set(State.LOADING);
        statusText.set("replay: reading bars…");
        long after = all.openTime()[kept - 1];
        SeriesKey series = key;
        bridge.run(() -> store.get().read(series, new TimeRange(after + 1, Long.MAX_VALUE)), bars -> {
            if (ticket == generation) {
                begin(shown, kept, bars);
            }
        }, e -> {
            if (ticket == generation) {
                state.set(State.IDLE);
                statusText.set("replay: could not read " + series + ": " + e.getMessage());
            }
        });
    }

    private void begin(ChartData shown, int kept, CandleSeries bars) {
        if (bars.isEmpty()) {
            state.set(State.IDLE);
            statusText.set("replay: no stored bars after the start");
            return;
        }
        target.cutTo(shown, copyOf(shown.columns(), kept));
        synchronized (lock) {
            feed = new ReplayFeed(bars);
            handOverPending = false;
            owedEvents = 0;
        }
        play();
    }

    /** Plays when paused, pauses when playing. */
    public void playPause() {
        switch (state.get()) {
            case PLAYING -> pause();
            case PAUSED -> play();
            case IDLE, FINISHED -> replayFrom(-1);
            case LOADING -> { }
        }
    }

    private void play() {
        synchronized (lock) {
            lastTick = System.nanoTime();
        }
        state.set(State.PLAYING);
        showProgress();
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "replay-timer");
                t.setDaemon(true);
                return t;
            });
        }
        long ticket = generation;
        ticking = timer.scheduleAtFixedRate(() -> tick(ticket), 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void pause() {
        stopTimer();
        state.set(State.PAUSED);
        showProgress();
    }

    /** Ends the replay and shows the stored series again. */
    public void stop() {
        if (!isActive()) {
            return;
        }
        stopTimer();
        generation++;
        State was = state.get();
        state.set(State.IDLE);
        statusText.set("");
        ChartData shownBefore = original;
        original = null;
        if (was != State.LOADING && shownBefore != null) {
            target.restore(shownBefore);
        }
    }

    public void faster() {
        setSpeed(+1);
    }

    public void slower() {
        setSpeed(-1);
    }

    private void setSpeed(int step) {
        int at = Arrays.binarySearch(SPEEDS, speed.get());
        int next = SPEEDS[Math.clamp((at < 0 ? 3 : at) + step, 0, SPEEDS.length - 1)];
        speed.set(next);
        synchronized (lock) {
            barsPerSecond = next;
        }
        if (isActive()) {
            showProgress();
        }
    }

    /** On the timer thread: takes the events due since the last tick and hands them to the FX thread. */
    private void tick(long ticket) {
        ReplayFeed.Batch batch;
        synchronized (lock) {
            long now = System.nanoTime();
            owedEvents += (now - lastTick) / 1e9 * barsPerSecond * ReplayFeed.EVENTS_PER_BAR;
            lastTick = now;
            if (handOverPending || feed == null || owedEvents < 1) {
                return;
            }
            int events = (int) owedEvents;
            owedEvents -= events;
            batch = feed.advance(events);
            if (batch.isEmpty()) {
                return;
            }
            handOverPending = true;
        }
        bridge.onFx(() -> deliver(ticket, batch));
    }

    private void deliver(long ticket, ReplayFeed.Batch batch) {
        synchronized (lock) {
            handOverPending = false;
        }
        if (ticket != generation) {
            return;
        }
        ChartData shown = target.shown();
        if (shown == null || !shown.series().key().equals(key)) {
            stopTimer(); // the user opened another series: the replay is over, nothing to restore
            generation++;
            original = null;
            state.set(State.IDLE);
            statusText.set("");
            return;
        }
        target.sink().apply(key, batch.closed(), batch.forming());
        boolean finished;
        synchronized (lock) {
            finished = feed.finished();
        }
        if (finished) {
            stopTimer();
            state.set(State.FINISHED);
        }
        showProgress();
    }

    private void showProgress() {
        int done;
        int total;
        synchronized (lock) {
            done = feed == null ? 0 : feed.barsDone();
            total = feed == null ? 0 : feed.barCount();
        }
        String what = switch (state.get()) {
            case PLAYING -> "▶";
            case PAUSED -> "⏸";
            case FINISHED -> "finished";
            default -> "";
        };
        statusText.set("replay " + key.instrument().symbol() + " " + key.timeframe().label() + ": " + what + " "
                + done + "/" + total + " bars · " + speed.get() + " bars/s");
    }

    private void stopTimer() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private boolean isActive() {
        return state.get() != State.IDLE;
    }

    /** Stops the timer thread (the window is closing). */
    public void close() {
        stop();
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private static OhlcvColumns copyOf(OhlcvColumns c, int n) {
        int capacity = n + OhlcvBuffer.roomFor(n);
        return new OhlcvColumns(Arrays.copyOf(c.openTime(), capacity), Arrays.copyOf(c.open(), capacity),
                Arrays.copyOf(c.high(), capacity), Arrays.copyOf(c.low(), capacity),
                Arrays.copyOf(c.close(), capacity), Arrays.copyOf(c.volume(), capacity), n);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Bars per second. */
    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** Progress for the status bar, e.g. "replay BTC/USD 1m: ▶ 120/500 bars · 10 bars/s"; empty when idle. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
