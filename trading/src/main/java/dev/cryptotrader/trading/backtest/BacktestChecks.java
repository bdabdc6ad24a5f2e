package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.strategy.Signals;

/** What a backtest refuses to start with, each with a message that names the bad value. */
final class BacktestChecks {

    private BacktestChecks() {
    }

    static void check(BarTape tape, Signals signals, String label, int warmUp, BacktestConfig config) {
        require(tape != null, "the bar tape is missing");
        require(signals != null, "the signals are missing");
        require(label != null && !label.isBlank(), "the run needs a label");
        require(config != null, "the backtest config is missing");
        require(tape.size() > 0, "the tape '" + tape.name() + "' has no bars");
        require(signals.size() == tape.size(), "signals cover " + signals.size() + " bars, but the tape '"
                + tape.name() + "' has " + tape.size());
        require(warmUp >= 0, "warm-up must be >= 0 bars, was " + warmUp);
        require(warmUp < tape.size(), "the tape '" + tape.name() + "' has " + tape.size()
                + " bars, fewer than the warm-up of " + warmUp + " plus one bar to decide on");
        checkConfig(config, tape);
    }

    static void checkConfig(BacktestConfig config, BarTape tape) {
        double capital = config.capital();
        require(capital > 0 && Double.isFinite(capital), "capital must be > 0, was " + capital);
        require(config.costs() != null, "the cost model is missing");
        require(config.sizing() != null, "the sizing is missing");
        require(config.tradeFrom() >= 0, "trade-from must be >= 0, was bar " + config.tradeFrom());
        require(config.tradeFrom() < tape.size(), "trade-from is bar " + config.tradeFrom() + ", but the tape '"
                + tape.name() + "' has only " + tape.size() + " bars");
        switch (config.sizing()) {
            case Sizing.FractionOfEquity f -> requireFraction("fraction of equity", f.fraction());
            case Sizing.FixedQuantity f -> require(f.quantity() > 0 && Double.isFinite(f.quantity()),
                    "fixed quantity must be > 0, was " + f.quantity());
            case Sizing.RiskPercent r -> requireFraction("risk per trade", r.riskFraction());
            case Sizing.CappedKelly k -> requireFraction("Kelly cap", k.cap());
        }
    }

    private static void requireFraction(String what, double value) {
        require(value > 0 && value <= 1, what + " must be in (0, 1] (1 is 100%), was " + value);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
