package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.ArrayList;
import java.util.List;

/**
 * Stored bars as a stream of live events: for each bar its forming updates ({@link IntrabarPath}), then the bar as
 * closed, exactly as stored. {@link #advance} takes the next events folded the way a live inbox folds them: every
 * closed bar, only the newest forming one. Not thread-safe (the replay timer owns it).
 */
final class ReplayFeed {

    /** Events per bar: its forming updates plus the close. */
    static final int EVENTS_PER_BAR = IntrabarPath.UPDATES_PER_BAR + 1;

    private final CandleSeries bars;
    private int bar;
    private int event; // within the bar: 0..UPDATES_PER_BAR-1 forming, UPDATES_PER_BAR closed
    private List<Candle> path;

    /** What {@link #advance} produced: the closed bars in order and the newest forming bar (or null). */
    record Batch(List<Candle> closed, Candle forming) {

        boolean isEmpty() {
            return closed.isEmpty() && forming == null;
        }
    }

    ReplayFeed(CandleSeries bars) {
        this.bars = bars;
    }

    /** The next {@code events} events (fewer at the end), folded. */
    Batch advance(int events) {
        List<Candle> closed = new ArrayList<>();
        Candle forming = null;
        for (int i = 0; i < events && !finished(); i++) {
            if (path == null) {
                path = IntrabarPath.of(bars.candle(bar));
            }
            if (event < path.size()) {
                forming = path.get(event++);
            } else {
                closed.add(bars.candle(bar++));
                forming = null;
                event = 0;
                path = null;
            }
        }
        return new Batch(closed, forming);
    }

    boolean finished() {
        return bar >= bars.size();
    }

    /** Bars closed so far. */
    int barsDone() {
        return bar;
    }

    int barCount() {
        return bars.size();
    }
}
