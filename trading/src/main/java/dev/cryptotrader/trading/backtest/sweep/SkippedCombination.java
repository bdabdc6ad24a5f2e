package dev.cryptotrader.trading.backtest.sweep;

import java.util.Map;

/** A combination the sweep could not run (the strategy or the engine refused it), with the reason it gave. */
public record SkippedCombination(int index, Map<String, Double> parameters, String reason) {
}
