package dev.cryptotrader.trading.execution;

/**
 * One execution: {@code quantity} at {@code price} (spread and slippage already in the price), paying {@code fee} in
 * quote currency. {@code time} is epoch ms; {@code barIndex} the bar of the tape it happened in (-1 when live).
 */
public record Fill(long orderId, long time, int barIndex, Side side, double quantity, double price, double fee,
                   boolean maker, String tag) {
}
