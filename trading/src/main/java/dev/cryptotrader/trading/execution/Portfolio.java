package dev.cryptotrader.trading.execution;

import java.util.Objects;

/**
 * Cash and one instrument's position, changed only by {@link Fill}s: the same book for backtests, paper and live
 * trading. A buy pays {@code quantity × price + fee}, a sell receives {@code quantity × price − fee}; the position is
 * signed (negative is short, allowed only when shorting is on) and carries its average entry price, so that
 * {@code equity(mark) = initial cash + realised PnL + unrealised PnL(mark) − fees paid} at every moment.
 */
public final class Portfolio {

    private final double initialCash;
    private final boolean allowShort;
    private double cash;
    private double quantity;
    private double averageEntry = Double.NaN;
    private double realisedPnl;
    private double feesPaid;

    public Portfolio(double initialCash, boolean allowShort) {
        if (!(initialCash >= 0) || Double.isInfinite(initialCash)) {
            throw new IllegalArgumentException("initial cash must be >= 0, was " + initialCash);
        }
        this.initialCash = initialCash;
        this.cash = initialCash;
        this.allowShort = allowShort;
    }

    /**
     * Books a fill.
     *
     * @throws IllegalArgumentException when the fill's quantity or price is not positive, or its fee not a number
     * @throws IllegalStateException    when a sell would leave a short position and shorting is off
     */
    public void apply(Fill fill) {
        Objects.requireNonNull(fill, "fill");
        double q = fill.quantity();
        double price = fill.price();
        if (!(q > 0) || !(price > 0) || Double.isInfinite(q) || Double.isInfinite(price)
                || !Double.isFinite(fill.fee())) {
            throw new IllegalArgumentException("fill " + fill.orderId() + " is not bookable: quantity " + q
                    + ", price " + price + ", fee " + fill.fee());
        }
        double delta = fill.side().sign() * q;
        double after = quantity + delta;
        if (!allowShort && after < 0 && -after > 1e-12 * q) {
            throw new IllegalStateException("selling " + q + " with a position of " + quantity
                    + " would go short, and shorting is off");
        }
        cash -= delta * price + fill.fee();
        feesPaid += fill.fee();
        if (quantity == 0 || Math.signum(delta) == Math.signum(quantity)) {
            averageEntry = quantity == 0 ? price : (averageEntry * quantity + price * delta) / after;
        } else {
            double closed = Math.min(Math.abs(delta), Math.abs(quantity));
            realisedPnl += closed * Math.signum(quantity) * (price - averageEntry);
            if (Math.abs(delta) > Math.abs(quantity)) {
                averageEntry = price; // flipped: the rest opens a new position at this price
            }
        }
        quantity = isDust(after, q) ? 0 : after;
        if (quantity == 0) {
            averageEntry = Double.NaN;
        }
    }

    /** Cash plus the position marked at {@code markPrice}. */
    public double equity(double markPrice) {
        return quantity == 0 ? cash : cash + quantity * markPrice;
    }

    /** What the open position would gain or lose if closed at {@code markPrice}, before closing costs. */
    public double unrealisedPnl(double markPrice) {
        return quantity == 0 ? 0 : quantity * (markPrice - averageEntry);
    }

    public double initialCash() {
        return initialCash;
    }

    public double cash() {
        return cash;
    }

    /** Signed: positive long, negative short, 0 flat. */
    public double quantity() {
        return quantity;
    }

    public boolean isFlat() {
        return quantity == 0;
    }

    public boolean allowsShort() {
        return allowShort;
    }

    /** The position's average entry price, NaN when flat. */
    public double averageEntry() {
        return averageEntry;
    }

    /** The price gains and losses of closed quantity, before fees. */
    public double realisedPnl() {
        return realisedPnl;
    }

    public double feesPaid() {
        return feesPaid;
    }

    /** A remainder this small next to the fill is rounding, not a position. */
    private static boolean isDust(double position, double fillQuantity) {
        return Math.abs(position) <= 1e-12 * fillQuantity;
    }
}
