package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.PositionSide;

/**
 * One round trip: a position opened and closed. {@code fees} are both sides' fees; {@code pnl} is net of them (and of
 * spread and slippage, which are in the prices). Times are the fills' epoch ms; indices are bars of the tape.
 */
public record Trade(PositionSide side, long entryTime, long exitTime, int entryIndex, int exitIndex, double quantity,
                    double entryPrice, double exitPrice, double fees, double pnl) {

    /** PnL as a fraction of the entry value (quantity × entry price). */
    public double returnOnEntry() {
        double committed = quantity * entryPrice;
        return committed == 0 ? 0 : pnl / committed;
    }

    public int barsHeld() {
        return exitIndex - entryIndex;
    }
}
