package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.backtest.strategy.Strategy;

import java.util.Objects;

/**
 * The event-driven backtest: a strategy's signals replayed bar by bar through the same order, fill and portfolio
 * code that paper and live trading use (a {@code SimulatedExchange} under a {@code Portfolio}). For each bar i from
 * {@code tradeFrom}:
 * <ol>
 *   <li>the simulated exchange fills the working orders against bar i (market orders at its open, then stops, then
 *   limits);</li>
 *   <li>at bar i's close, equity[i − tradeFrom] = cash + position × close;</li>
 *   <li>the signal of bar i is acted on (from bar max(tradeFrom, warm-up) on, and not at the last bar, which has no
 *   next open): an entry becomes a market order for the next open, sized when it fills; an exit closes the
 *   position at the next open; an opposite entry closes first, then enters.</li>
 * </ol>
 * A position still open after the last bar is closed at the last close with taker costs, and the last equity point
 * is the cash after that, so net profit = final equity − capital = the sum of the trades' PnL. docs/BACKTESTING.md has
 * the full rules. Stateless and thread-safe: sweeps call one engine from many threads at once.
 */
public final class BacktestEngine {

    /** Holds no state: one engine may serve every thread. */
    public BacktestEngine() {
    }

    /** Runs {@code strategy} over {@code tape}; no decision is taken before its warm-up. */
    public BacktestResult run(BarTape tape, Strategy strategy, BacktestConfig config) {
        return runWithNotes(tape, strategy, config).result();
    }

    /** Runs precomputed signals (a sweep computes each indicator once); {@code label} names the run. */
    public BacktestResult run(BarTape tape, Signals signals, String label, BacktestConfig config) {
        return runWithNotes(tape, signals, label, 0, config).result();
    }

    /** As {@link #run(BarTape, Strategy, BacktestConfig)}, with the refused entries and ignored short signals. */
    public BacktestRun runWithNotes(BarTape tape, Strategy strategy, BacktestConfig config) {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(tape, "bar tape");
        int warmUp = strategy.warmUp();
        if (tape.size() <= warmUp) {
            throw new IllegalArgumentException("the tape '" + tape.name() + "' has " + tape.size() + " bars, but "
                    + strategy.label() + " needs more than its warm-up of " + warmUp + " bars");
        }
        return runWithNotes(tape, strategy.signals(tape), strategy.label(), warmUp, config);
    }

    /**
     * Precomputed signals with the refused entries and ignored short signals; no decision is taken before bar
     * {@code warmUp}.
     */
    public BacktestRun runWithNotes(BarTape tape, Signals signals, String label, int warmUp,
                                           BacktestConfig config) {
        BacktestChecks.check(tape, signals, label, warmUp, config);
        return new BacktestSession(tape, signals, warmUp, config).run(label);
    }
}
