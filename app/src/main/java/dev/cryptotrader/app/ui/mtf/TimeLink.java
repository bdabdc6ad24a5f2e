package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.VisibleRange;
import dev.cryptotrader.charting.crosshair.BarSlots;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the panes of a multi-timeframe view on the same moment: when one pans (or zooms), the others move so that the
 * bar at their right edge holds the moment at its right edge. Each keeps its own zoom. Off while
 * {@link #enabledProperty()} is false.
 */
final class TimeLink {

    private final List<CandleChart> charts = new ArrayList<>();
    private final Map<CandleChart, ChangeListener<VisibleRange>> listeners = new IdentityHashMap<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private boolean syncing;

    void add(CandleChart chart) {
        ChangeListener<VisibleRange> l = (obs, old, range) -> moved(chart);
        listeners.put(chart, l);
        charts.add(chart);
        chart.visibleRangeProperty().addListener(l);
    }

    void remove(CandleChart chart) {
        ChangeListener<VisibleRange> l = listeners.remove(chart);
        if (l != null) {
            chart.visibleRangeProperty().removeListener(l);
        }
        charts.remove(chart);
    }

    BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Moves every other chart to {@code leader}'s right-edge moment. */
    void align(CandleChart leader) {
        long moment = rightEdgeTime(leader);
        syncing = true;
        try {
            for (CandleChart other : charts) {
                if (other != leader && !other.columns().isEmpty()) {
                    showUpTo(other, moment);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void moved(CandleChart chart) {
        if (!syncing && enabled.get() && !chart.columns().isEmpty()) {
            align(chart);
        }
    }

    /** The moment at the right edge: the end of the last slot in view (blank slots go on at the bar spacing). */
    static long rightEdgeTime(CandleChart chart) {
        OhlcvColumns c = chart.columns();
        VisibleRange r = chart.visibleRange();
        int lastSlot = lastSlot(r);
        int n = c.size();
        long open = lastSlot < n ? c.openTime()[Math.max(lastSlot, 0)]
                : c.openTime()[n - 1] + (lastSlot - n + 1) * BarSlots.spacing(c, n - 1);
        return open + BarSlots.spacing(c, Math.clamp(lastSlot, 0, n - 1)) - 1;
    }

    private static void showUpTo(CandleChart chart, long moment) {
        OhlcvColumns c = chart.columns();
        int n = c.size();
        int target = BarSlots.indexContaining(c, moment);
        if (target >= n - 1) {
            chart.jumpToLatest(); // the newest bar in view, with the chart's usual room on its right
            return;
        }
        int delta = Math.max(target, 0) - lastSlot(chart.visibleRange());
        if (delta != 0) {
            chart.pan(delta);
        }
    }

    /** The slot at the right edge: the last bar in view, or a blank slot after the data. */
    private static int lastSlot(VisibleRange r) {
        return r.firstBar() > 0 ? r.firstBar() + r.slots() - 1 : r.lastBar();
    }
}
