package dev.cryptotrader.trading.backtest;

/** How big an entry is. */
public sealed interface Sizing {

    /** A fraction of equity; 1.0 (the default) puts all cash in: qty = cash / (price × (1 + fee)). */
    record FractionOfEquity(double fraction) implements Sizing {
    }

    /** The same quantity every time. */
    record FixedQuantity(double quantity) implements Sizing {
    }

    /** Risks {@code riskFraction} of equity between the entry and the strategy's stop. */
    record RiskPercent(double riskFraction) implements Sizing {
    }

    /** The Kelly fraction from the trades so far, capped at {@code cap} (and at 0 from below). */
    record CappedKelly(double cap) implements Sizing {
    }

    Sizing ALL_IN = new FractionOfEquity(1.0);
}
