package dev.cryptotrader.app.ui.chart.indicator;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.indicators.IndicatorResult;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.indicators.Indicators;
import dev.cryptotrader.trading.indicators.PriceColumns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Computes the active indicators over the bars on screen, in the background, coalesced: at most one compute is in
 * flight, and requests made meanwhile collapse into the newest, which runs when it ends. A live chart (up to 20 data
 * changes a second) thus recomputes back to back at most, never queueing stale work; a million bars take tens of
 * milliseconds with the column kernels. A request for the same bars as the last result computes only the indicators
 * that result lacks (turning one on does not recompute the others). Called on the FX thread; results arrive there.
 *
 * <p>Live updates of the same bars (the forming candle changing in place, new bars appended to the same arrays) are
 * also paced: the next one starts no sooner than {@value #LIVE_PAUSE_FACTOR}x the last compute's time after it ended,
 * so a million-bar chart streaming live keeps its indicators current while spending at most about a quarter of one
 * core on them, instead of recomputing back to back on a two-core machine that also has to draw.
 */
final class IndicatorComputer {

    /** Indicator values over {@code columns} (the bars they were computed for: their times place them). */
    record Computed(OhlcvColumns columns, Map<IndicatorSpec, IndicatorResult> results, long nanos) {
        static final Computed NONE = new Computed(OhlcvColumns.empty(), Map.of(), 0);
    }

    private record Request(OhlcvColumns columns, List<IndicatorSpec> specs) {
    }

    static final int LIVE_PAUSE_FACTOR = 3;
    private static final ScheduledExecutorService PACER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "indicator-pacer");
        t.setDaemon(true);
        return t;
    });

    private final FxBridge bridge;
    private final Consumer<Computed> onComputed;
    private Computed latest = Computed.NONE;
    private Request pending;
    private boolean running; // a compute is in flight, or paced and about to start
    private int computes;

    IndicatorComputer(FxBridge bridge, Consumer<Computed> onComputed) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.onComputed = Objects.requireNonNull(onComputed, "onComputed");
    }

    /** Asks for {@code specs} over {@code columns}; replaces any request not yet started. */
    void request(OhlcvColumns columns, List<IndicatorSpec> specs) {
        pending = new Request(columns, List.copyOf(specs));
        if (!running) {
            startPending();
        }
    }

    /** Forgets the last result (another series is shown): the next request computes everything. */
    void reset() {
        latest = Computed.NONE;
    }

    private void startPending() {
        Request r = pending;
        pending = null;
        if (r == null) {
            return;
        }
        Map<IndicatorSpec, IndicatorResult> reused = new LinkedHashMap<>();
        if (latest.columns() == r.columns()) {
            for (IndicatorSpec spec : r.specs()) {
                IndicatorResult known = latest.results().get(spec);
                if (known != null) {
                    reused.put(spec, known);
                }
            }
            if (reused.size() == r.specs().size()) {
                publish(new Computed(r.columns(), reused, 0));
                return;
            }
        }
        running = true;
        computes++;
        bridge.run(() -> compute(r, reused), computed -> {
            running = false;
            publish(computed);
            startPendingPaced(computed.nanos());
        }, e -> {
            running = false;
            startPending();
        });
    }

    /** Starts the waiting request now, or after a pause if it is only a live update of the bars just computed. */
    private void startPendingPaced(long lastNanos) {
        Request r = pending;
        boolean liveUpdate = r != null && r.columns().openTime() == latest.columns().openTime();
        if (!liveUpdate || lastNanos <= 0) {
            startPending();
            return;
        }
        running = true;
        PACER.schedule(() -> bridge.onFx(() -> {
            running = false;
            startPending();
        }), lastNanos * LIVE_PAUSE_FACTOR, TimeUnit.NANOSECONDS);
    }

    private void publish(Computed computed) {
        latest = computed;
        onComputed.accept(computed);
    }

    /**
     * In the background: copies the prices first (a live update may change the newest bar in place meanwhile, and the
     * values must come from one set of prices), then computes what is not reused.
     */
    private static Computed compute(Request r, Map<IndicatorSpec, IndicatorResult> reused) {
        long start = System.nanoTime();
        OhlcvColumns c = r.columns();
        PriceColumns prices = PriceColumns.copyOf(c.high(), c.low(), c.close(), c.size());
        Map<IndicatorSpec, IndicatorResult> results = new LinkedHashMap<>();
        for (IndicatorSpec spec : r.specs()) {
            IndicatorResult known = reused.get(spec);
            results.put(spec, known != null ? known : Indicators.compute(prices, spec));
        }
        return new Computed(c, results, System.nanoTime() - start);
    }

    /** The newest result handed out. */
    Computed latest() {
        return latest;
    }

    /** How many background computes started (tests check the coalescing). */
    int computes() {
        return computes;
    }
}
