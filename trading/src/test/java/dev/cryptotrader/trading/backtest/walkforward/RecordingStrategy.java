package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test strategy that writes down the first and last bar of every tape it is shown (as open times), so a test can
 * prove what data each walk-forward run saw. It trades on the clock: enter at bars whose number since
 * {@code origin} is a multiple of 10, exit at those ending in 5, so its decisions do not depend on where a slice
 * starts.
 */
final class RecordingStrategy implements Strategy {

    /** What one run saw: open times of its first and last bar. */
    record Seen(long first, long last) {
    }

    private final List<Seen> seen;
    private final int warmUp;
    private final long origin;
    private final long barMillis;

    RecordingStrategy(List<Seen> seen, int warmUp, long origin, long barMillis) {
        this.seen = seen;
        this.warmUp = warmUp;
        this.origin = origin;
        this.barMillis = barMillis;
    }

    static List<Seen> log() {
        return new CopyOnWriteArrayList<>();
    }

    @Override
    public String id() {
        return "recording";
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of("warmUp", (double) warmUp);
    }

    @Override
    public int warmUp() {
        return warmUp;
    }

    @Override
    public Signals signals(BarTape tape) {
        long[] t = tape.openTime();
        seen.add(new Seen(t[0], t[t.length - 1]));
        byte[] actions = new byte[t.length];
        for (int i = warmUp; i < t.length; i++) {
            long bar = (t[i] - origin) / barMillis;
            actions[i] = bar % 10 == 0 ? Signal.ENTER_LONG : bar % 10 == 5 ? Signal.EXIT_LONG : Signal.NONE;
        }
        return new Signals(actions, null, Map.of());
    }
}
