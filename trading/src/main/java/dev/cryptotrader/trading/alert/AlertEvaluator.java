package dev.cryptotrader.trading.alert;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.domain.SymbolKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks armed price alerts against candle updates as they come, forming and closed alike, and reports each alert the
 * moment it fires. No I/O: the caller stores what fires ({@code AlertStore.markTriggered}) and draws it.
 *
 * <h2>What an update shows</h2>
 * For every alert and every series of its symbol, the evaluator remembers the last update it saw (bar open time,
 * high, low, close). A new update tells what the price did since:
 * <ul>
 *   <li><b>the same bar again</b> (a newer forming update, or its closed update): it went from the last close to the
 *       new close, and also reached the new high if the high rose, the new low if the low fell. The bar's older
 *       extremes are not counted again: they happened before the last look.</li>
 *   <li><b>a newer bar</b>: it went from the last close seen, through the new bar's open (so a gap across the level
 *       counts), low and high, to its close.</li>
 *   <li><b>the first update</b> for this alert on this series: if the bar began at or after the alert's
 *       {@code createdAt}, the whole bar counts, from its open. If it began earlier, its range may predate the alert,
 *       so the update only arms the alert (it becomes the last look) and cannot fire it.</li>
 *   <li>an update of a bar older than the last one seen is stale and ignored.</li>
 * </ul>
 * A newer bar that began before the alert's {@code createdAt} (a catch-up of old bars) likewise only arms it.
 *
 * <h2>What counts as a cross</h2>
 * See {@link Crossing}: up is from below the level to the level or above, down the mirror image; touching counts; a
 * cross counts only when the bar data proves it happened (between two updates of one bar the price may have crossed
 * and come back inside the range already seen; no bar data can show that).
 *
 * <h2>Once only</h2>
 * An alert that fires is returned once, {@link AlertState#TRIGGERED} with the bar it fired in, and is no longer
 * tracked: a later update of the same bar, or another timeframe's series of the same symbol, cannot fire it again.
 * Tracking it again after {@link PriceAlert#rearmed} starts afresh.
 *
 * <p>Thread-safe; calls are serialised. Cost per update: the alerts tracked on that update's symbol.
 */
public final class AlertEvaluator {

    private final Clock clock;
    private final Map<UUID, Armed> alerts = new LinkedHashMap<>();

    public AlertEvaluator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts evaluating {@code alert}, or replaces the tracked alert with its id: a changed alert (moved, re-armed)
     * starts from no updates seen; the same value again keeps what was seen. A triggered alert is untracked.
     */
    public synchronized void track(PriceAlert alert) {
        Objects.requireNonNull(alert, "alert");
        if (!alert.isActive()) {
            alerts.remove(alert.id());
            return;
        }
        Armed current = alerts.get(alert.id());
        if (current == null || !current.alert.equals(alert)) {
            alerts.put(alert.id(), new Armed(alert));
        }
    }

    public synchronized void trackAll(Collection<PriceAlert> all) {
        all.forEach(this::track);
    }

    /** Stops evaluating the alert (deleted by the user); false if it was not tracked. */
    public synchronized boolean untrack(UUID id) {
        return alerts.remove(id) != null;
    }

    /** The alerts being evaluated, in the order they were first tracked. */
    public synchronized List<PriceAlert> tracked() {
        return alerts.values().stream().map(a -> a.alert).toList();
    }

    /**
     * Feeds one update of {@code series}, a forming or a closed bar alike, and returns the alerts it fired (each
     * triggered, stamped with the clock's time, this series' timeframe and this bar's open time), in tracking order.
     *
     * @throws IllegalArgumentException if the bar's numbers are inconsistent (e.g. a close above the high)
     */
    public synchronized List<PriceAlert> onCandle(SeriesKey series, Candle candle) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(candle, "candle");
        candle.problem().ifPresent(p -> {
            throw new IllegalArgumentException("bar at " + candle.openTime() + " of " + series + ": " + p);
        });
        SymbolKey symbol = SymbolKey.of(series);
        List<PriceAlert> fired = new ArrayList<>();
        long now = -1;
        for (Iterator<Armed> it = alerts.values().iterator(); it.hasNext(); ) {
            Armed armed = it.next();
            if (!armed.alert.symbol().equals(symbol)) {
                continue;
            }
            Optional<CrossDirection> cross = armed.see(series, candle);
            if (cross.isPresent()) {
                now = now < 0 ? clock.nowMillis() : now;
                fired.add(armed.alert.triggered(new AlertTrigger(now, series.timeframe(), candle.openTime(),
                        cross.get())));
                it.remove();
            }
        }
        return fired;
    }

    /** One tracked alert and the last update it saw on each series of its symbol. */
    private static final class Armed {
        final PriceAlert alert;
        final Map<SeriesKey, Seen> seen = new HashMap<>();

        Armed(PriceAlert alert) {
            this.alert = alert;
        }

        Optional<CrossDirection> see(SeriesKey series, Candle c) {
            Seen last = seen.get(series);
            if (last != null && c.openTime() < last.openTime) {
                return Optional.empty();
            }
            seen.put(series, new Seen(c.openTime(), c.high(), c.low(), c.close()));
            Crossing path;
            if (last != null && c.openTime() == last.openTime) {
                BigDecimal newHigh = c.high().compareTo(last.high) > 0 ? c.high() : null;
                BigDecimal newLow = c.low().compareTo(last.low) < 0 ? c.low() : null;
                path = span(last.close, newLow, newHigh, c.close());
            } else if (c.openTime() < alert.createdAt()) {
                return Optional.empty(); // the bar may have crossed before the alert existed: it only arms it
            } else {
                path = span(last == null ? c.open() : last.close, c.low(), c.high(), c.close());
            }
            return path.of(alert.condition(), alert.level());
        }

        private static Crossing span(BigDecimal start, BigDecimal low, BigDecimal high, BigDecimal end) {
            BigDecimal lowest = start.min(end);
            BigDecimal highest = start.max(end);
            if (low != null) {
                lowest = lowest.min(low);
            }
            if (high != null) {
                highest = highest.max(high);
            }
            return new Crossing(start, lowest, highest, end);
        }
    }

    private record Seen(long openTime, BigDecimal high, BigDecimal low, BigDecimal close) {
    }
}
