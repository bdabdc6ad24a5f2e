package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.PositionSide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns fills into round-trip {@link Trade}s: a trade opens when a fill leaves the flat book and closes when the
 * position is back to 0. Adds and partial exits average in; a fill that flips the position closes the trade with the
 * part that was needed and opens the next one with the rest (its fee split by quantity). A trade's PnL is exactly the
 * cash it made: {@code side × (exit value − entry value) − both sides' fees}.
 * <p>
 * It also keeps the win/loss tallies that capped-Kelly sizing reads, so that needs no pass over the trades.
 */
public final class TradeBook {

    private final List<Trade> trades = new ArrayList<>();
    private double position;
    private long entryTime;
    private int entryIndex;
    private double entryQty;
    private double entryValue;
    private double entryFees;
    private double exitQty;
    private double exitValue;
    private double exitFees;
    private int wins;
    private double winSum;
    private double lossSum;

    public void add(Fill fill) {
        double q = fill.quantity();
        int sign = fill.side().sign();
        if (position == 0) {
            open(fill, q, fill.fee());
        } else if (Math.signum(position) == sign) {
            entryQty += q;
            entryValue += q * fill.price();
            entryFees += fill.fee();
            position += sign * q;
        } else {
            double closing = Math.min(q, Math.abs(position));
            double closingFee = fill.fee() * (closing / q);
            exitQty += closing;
            exitValue += closing * fill.price();
            exitFees += closingFee;
            position += sign * closing;
            if (Math.abs(position) <= 1e-12 * entryQty) {
                position = 0;
                close(fill);
            }
            double rest = q - closing;
            if (rest > 1e-12 * q) {
                open(fill, rest, fill.fee() - closingFee);
            }
        }
    }

    /** The closed trades, oldest first (a view; it grows as fills arrive). */
    public List<Trade> trades() {
        return Collections.unmodifiableList(trades);
    }

    /** The open position as this book sees it: signed quantity, 0 when flat. */
    public double position() {
        return position;
    }

    public int closedTrades() {
        return trades.size();
    }

    /** Closed trades with a PnL above 0. */
    public int wins() {
        return wins;
    }

    /** Average PnL of the winning trades, NaN without any. */
    public double averageWin() {
        return wins == 0 ? Double.NaN : winSum / wins;
    }

    /** Average size (a positive number) of the losses, trades with PnL ≤ 0; NaN without any. */
    public double averageLoss() {
        int losses = trades.size() - wins;
        return losses == 0 ? Double.NaN : lossSum / losses;
    }

    private void open(Fill fill, double q, double fee) {
        position = fill.side().sign() * q;
        entryTime = fill.time();
        entryIndex = fill.barIndex();
        entryQty = q;
        entryValue = q * fill.price();
        entryFees = fee;
        exitQty = 0;
        exitValue = 0;
        exitFees = 0;
    }

    private void close(Fill fill) {
        boolean wasLong = fill.side().sign() < 0; // a sell closes a long
        double fees = entryFees + exitFees;
        double pnl = (wasLong ? exitValue - entryValue : entryValue - exitValue) - fees;
        trades.add(new Trade(wasLong ? PositionSide.LONG : PositionSide.SHORT, entryTime, fill.time(), entryIndex,
                fill.barIndex(), entryQty, entryValue / entryQty, exitValue / exitQty, fees, pnl));
        if (pnl > 0) {
            wins++;
            winSum += pnl;
        } else {
            lossSum -= pnl;
        }
    }
}
