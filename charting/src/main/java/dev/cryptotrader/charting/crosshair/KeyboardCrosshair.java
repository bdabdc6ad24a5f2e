package dev.cryptotrader.charting.crosshair;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.VisibleRange;

/**
 * The crosshair driven by keys: it appears on the newest bar in view and steps bar by bar, with its horizontal line
 * on the bar's close; stepping past the edge of the view pans the chart along. The mouse takes over when it moves.
 */
public final class KeyboardCrosshair {

    private final CrosshairState state;
    private final CandleChart chart;
    private boolean on;

    public KeyboardCrosshair(CrosshairState state, CandleChart chart) {
        this.state = state;
        this.chart = chart;
    }

    /**
     * Turns the keyboard crosshair on (on the newest bar in view, even while the pointer shows one) or off again.
     */
    public void toggle() {
        if (on && state.point() != null) {
            on = false;
            state.hide();
        } else {
            on = true;
            showBar(chart.visibleRange().lastBar());
        }
    }

    /** Moves the crosshair {@code bars} bars (negative: older), showing it first if hidden. */
    public void step(int bars) {
        OhlcvColumns c = chart.columns();
        CrosshairState.Point p = state.point();
        if (c.isEmpty()) {
            return;
        }
        on = true;
        if (p == null) {
            showBar(chart.visibleRange().lastBar());
            return;
        }
        int current = Math.clamp(BarSlots.indexContaining(c, p.timeMillis()), 0, c.size() - 1);
        int target = Math.clamp(current + bars, 0, c.size() - 1);
        VisibleRange view = chart.visibleRange();
        if (target < view.firstBar()) {
            chart.pan(target - view.firstBar());
        } else if (target > view.lastBar()) {
            chart.pan(target - view.lastBar());
        }
        showBar(target);
    }

    private void showBar(int bar) {
        OhlcvColumns c = chart.columns();
        if (bar < 0 || bar >= c.size()) {
            return;
        }
        state.show(chart, c.openTime()[bar], c.close()[bar]);
    }
}
