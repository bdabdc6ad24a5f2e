package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.live.LiveViewModel;
import dev.cryptotrader.charting.OhlcvBuffer;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads the bars of the series on screen. A series opens with only its latest {@value #FIRST_PAINT_BARS} bars, so the
 * first paint is quick whatever the size of the series; once the chart has drawn them ({@link #painted()}) the rest
 * loads in the background and replaces them. A load that finishes after the user moved on to another series is
 * dropped. Live bars ({@link #applyLive}) change the newest candle in place and append newer ones.
 */
public final class ChartViewModel {

    /** Bars read for the first paint of a series. */
    public static final int FIRST_PAINT_BARS = 5_000;

    private final Supplier<CandleStore> store;
    private final FxBridge bridge;
    private final DataProperty data = new DataProperty(this);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private long generation;
    private Offer offered;
    private Runnable rest; // loads the rest of the series on screen, once its latest bars are drawn
    private OhlcvBuffer live; // the bars on screen as live updates change them; null before the first update
    // Live bars that came while stored bars were read for a join (reloadStored), applied with the join: appended
    // before it, they would stand across the gap the join fills, and the view would jump there and back.
    private final List<Candle> held = new ArrayList<>();
    private int joinsPending;

    private final List<LiveBarsListener> liveBarsListeners = new ArrayList<>();

    private record Offer(SeriesKey key, OhlcvColumns latest) {
    }

    /** Hears every batch of live (or replayed) bars before the chart applies it: alerts evaluate them, say. */
    @FunctionalInterface
    public interface LiveBarsListener {
        void arrived(SeriesKey key, List<Candle> closed, Candle forming);
    }

    /** {@code store} is only asked for on the background executor. */
    public ChartViewModel(Supplier<CandleStore> store, FxBridge bridge) {
        this.store = store;
        this.bridge = bridge;
    }

    /**
     * Bars of {@code key} read before the window opened (see {@code EarlyStart}): the next {@link #open} of that series
     * shows them at once instead of reading them, so they make the window's first frame.
     */
    public void offer(SeriesKey key, OhlcvColumns latest) {
        offered = new Offer(key, latest);
    }

    /**
     * Starts loading {@code series}; {@link #dataProperty()} changes once for its latest bars, and once more for all
     * of them after {@link #painted()}.
     */
    public void open(SeriesInfo series) {
        long ticket = ++generation;
        rest = null;
        held.clear();
        joinsPending = 0;
        SeriesKey key = series.key();
        Offer offer = offered;
        offered = null;
        if (offer != null && offer.key().equals(key)) {
            showLatest(series, offer.latest(), ticket);
            return;
        }
        bridge.run(() -> CandleColumns.forChart(store.get().readLatest(key, FIRST_PAINT_BARS)),
                latest -> showLatest(series, latest, ticket), e -> fail(ticket, key, e));
    }

    private void showLatest(SeriesInfo series, OhlcvColumns latest, long ticket) {
        if (ticket != generation) {
            return;
        }
        boolean complete = latest.size() >= series.barCount();
        rest = complete ? null : () -> loadAll(series, ticket);
        data.set(new ChartData(series, latest, complete));
        problem.set("");
    }

    /**
     * The chart has drawn the current data: the rest of the series loads now, not earlier, because reading a million
     * bars alongside the first paint delays that paint by about half a second on two cores.
     */
    public void painted() {
        Runnable load = rest;
        rest = null;
        if (load != null) {
            load.run();
        }
    }

    private void loadAll(SeriesInfo series, long ticket) {
        SeriesKey key = series.key();
        bridge.run(() -> CandleColumns.forChart(store.get().readAll(key)), all -> {
            if (ticket == generation) {
                data.set(new ChartData(series, withLiveBarsAfter(all), true));
            }
        }, e -> fail(ticket, key, e));
    }

    /**
     * Live bars of {@code key}, on the FX thread: the closed ones in order, then the forming one (may be null). The
     * newest candle on screen changes in place and newer ones are appended; bars of another series (the user moved
     * on) are dropped. Returns how many bars changed the chart.
     */
    public int applyLive(SeriesKey key, List<Candle> closed, Candle forming) {
        for (LiveBarsListener l : liveBarsListeners) {
            l.arrived(key, closed, forming);
        }
        ChartData shown = data.get();
        if (shown == null || !shown.series().key().equals(key)) {
            return 0;
        }
        if (joinsPending > 0) {
            held.addAll(closed);
            if (forming != null) {
                held.add(forming);
            }
            return 0;
        }
        if (live == null || live.view() != shown.columns()) {
            live = new OhlcvBuffer(shown.columns()); // loads come with spare room: this copies nothing
        }
        int applied = 0;
        for (Candle c : closed) {
            applied += put(c) ? 1 : 0;
        }
        if (forming != null) {
            applied += put(forming) ? 1 : 0;
        }
        if (applied > 0) {
            data.set(new ChartData(shown.series(), live.view(), shown.complete()));
        }
        return applied;
    }

    /** Adds a listener to every batch {@link #applyLive} gets, on the FX thread. */
    public void addLiveBarsListener(LiveBarsListener listener) {
        liveBarsListeners.add(listener);
    }

    /** This chart as the live stream's sink. */
    public LiveViewModel.ChartSink liveSink() {
        return new LiveViewModel.ChartSink() {
            @Override
            public int apply(SeriesKey key, List<Candle> closed, Candle forming) {
                return applyLive(key, closed, forming);
            }

            @Override
            public void storedBarsArrived(SeriesKey key) {
                reloadStored(key);
            }
        };
    }

    /**
     * Shows the bars stored behind the newest one on screen that the chart never saw (after a REST catch-up), with the
     * live bars that are newer. Only those bars are read, in the background; on the FX thread they go into the spare
     * room of the arrays on screen, in place of the bars after the last stored one there, and the newer live bars
     * follow them: a few thousand writes, where a reread (or a copy) of a million bars would compete for the CPU with
     * the first live frames. The view keeps its place. Live bars arriving meanwhile wait and go on with the join, so
     * the chart moves once. A series still loading is read whole, as it would be anyway.
     */
    public void reloadStored(SeriesKey key) {
        ChartData shown = data.get();
        if (shown == null || !shown.series().key().equals(key)) {
            return;
        }
        if (!shown.complete()) {
            rest = null;
            loadAll(shown.series(), generation);
            return;
        }
        long ticket = generation;
        OhlcvColumns onScreen = shown.columns();
        int keep = Math.max(0, onScreen.size() - 1); // the newest may be a forming bar; those before are closed
        long after = keep == 0 ? Long.MIN_VALUE : onScreen.openTime()[keep - 1];
        joinsPending++;
        bridge.run(() -> CandleColumns.of(store.get().read(key, TimeRange.after(after)), 0), newer -> {
            if (ticket == generation) {
                joinStored(after, newer, joinDone());
            }
        }, e -> {
            fail(ticket, key, e);
            if (ticket == generation) {
                joinStored(after, OhlcvColumns.empty(), joinDone()); // the held bars still go on
            }
        });
    }

    /** The live bars held for the joins pending, once the last of them is done; else none. */
    private List<Candle> joinDone() {
        if (--joinsPending > 0) {
            return List.of();
        }
        List<Candle> release = List.copyOf(held);
        held.clear();
        return release;
    }

    /**
     * Puts {@code newer} (stored bars after {@code after}) behind the settled bars on screen, then the newer live ones
     * on screen, then {@code heldLive}, the live bars that came during the read.
     */
    private void joinStored(long after, OhlcvColumns newer, List<Candle> heldLive) {
        ChartData shown = data.get();
        if (shown == null || newer.isEmpty() && heldLive.isEmpty()) {
            return;
        }
        OhlcvColumns now = shown.columns();
        if (live == null || live.view() != now) {
            live = new OhlcvBuffer(now);
        }
        if (!newer.isEmpty()) {
            long lastStored = newer.openTime()[newer.size() - 1];
            int laterFrom = now.indexAtOrAfter(lastStored + 1);
            OhlcvColumns later = CandleColumns.slice(now, laterFrom, now.size()); // live bars newer than the store's
            live.truncate(now.indexAtOrAfter(after + 1));
            live.putAll(newer, 0, newer.size());
            live.putAll(later, 0, later.size());
        }
        heldLive.forEach(this::put);
        data.set(new ChartData(shown.series(), live.view(), true));
    }

    private boolean put(Candle c) {
        return live.put(c.openTime(), c.open().doubleValue(), c.high().doubleValue(), c.low().doubleValue(),
                c.close().doubleValue(), c.volume().doubleValue());
    }

    /**
     * The whole series, read from the store, plus the live bars that arrived after the read began: the store only
     * has closed bars, so the forming one (and closed ones stored after the read) would otherwise vanish.
     */
    private OhlcvColumns withLiveBarsAfter(OhlcvColumns loaded) {
        ChartData shown = data.get();
        if (live == null || shown == null || shown.columns() != live.view() || loaded.isEmpty()) {
            return loaded;
        }
        OhlcvColumns now = live.view();
        int from = now.indexAtOrAfter(loaded.openTime()[loaded.size() - 1] + 1);
        if (from >= now.size()) {
            return loaded;
        }
        OhlcvBuffer merged = new OhlcvBuffer(loaded);
        merged.putAll(now, from, now.size());
        live = merged;
        return merged.view();
    }

    /**
     * The data on screen. Its listeners hear of every new value, told apart by identity rather than by
     * {@code equals}: {@link ChartData}'s equals compares every bar (a million of them, on every live update), and
     * after a live update that changed the newest bar in place, old and new columns share their arrays, so equals
     * would call them the same and the chart would never redraw the forming candle.
     */
    private static final class DataProperty extends ReadOnlyObjectProperty<ChartData> {

        private final Object bean;
        private final List<InvalidationListener> invalidationListeners = new ArrayList<>();
        private final List<ChangeListener<? super ChartData>> changeListeners = new ArrayList<>();
        private ChartData value;

        DataProperty(Object bean) {
            this.bean = bean;
        }

        void set(ChartData newValue) {
            ChartData old = value;
            if (newValue == old) {
                return;
            }
            value = newValue;
            // Copies, so a listener may add or remove listeners; a failing listener does not stop the others.
            for (InvalidationListener l : List.copyOf(invalidationListeners)) {
                notify(() -> l.invalidated(this));
            }
            for (ChangeListener<? super ChartData> l : List.copyOf(changeListeners)) {
                notify(() -> l.changed(this, old, newValue));
            }
        }

        private static void notify(Runnable call) {
            try {
                call.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }

        @Override
        public ChartData get() {
            return value;
        }

        @Override
        public Object getBean() {
            return bean;
        }

        @Override
        public String getName() {
            return "data";
        }

        @Override
        public void addListener(InvalidationListener listener) {
            invalidationListeners.add(listener);
        }

        @Override
        public void removeListener(InvalidationListener listener) {
            invalidationListeners.remove(listener);
        }

        @Override
        public void addListener(ChangeListener<? super ChartData> listener) {
            changeListeners.add(listener);
        }

        @Override
        public void removeListener(ChangeListener<? super ChartData> listener) {
            changeListeners.remove(listener);
        }
    }

    private void fail(long ticket, SeriesKey key, Exception e) {
        if (ticket == generation) {
            problem.set("Could not read " + key + ": " + e.getMessage());
        }
    }

    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data;
    }

    public ChartData data() {
        return data.get();
    }

    /** Why the last load failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
