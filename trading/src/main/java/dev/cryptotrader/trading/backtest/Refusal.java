package dev.cryptotrader.trading.backtest;

/**
 * An entry signal the engine did not act on, and why (risk sizing without a stop, a Kelly fraction of 0, not enough
 * cash for a fixed quantity...). {@code time} is epoch ms: the signal bar's close, or the fill bar's open when the
 * entry was refused at its fill.
 */
public record Refusal(int barIndex, long time, String signal, String reason) {
}
