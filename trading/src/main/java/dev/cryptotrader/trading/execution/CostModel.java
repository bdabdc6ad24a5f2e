package dev.cryptotrader.trading.execution;

/**
 * What trading costs, in basis points of the traded value. Fees are charged on every fill (maker for a resting limit
 * order that fills, taker for everything else). Half of the spread is paid on each side, and slippage moves every
 * taker fill against us.
 */
public record CostModel(double makerFeeBps, double takerFeeBps, double spreadBps, double slippageBps) {

    public static final CostModel FREE = new CostModel(0, 0, 0, 0);

    public CostModel {
        requireFinite("maker fee", makerFeeBps);
        requireFinite("taker fee", takerFeeBps);
        requireNonNegative("spread", spreadBps);
        requireNonNegative("slippage", slippageBps);
        if (takerFeeBps < 0) {
            throw new IllegalArgumentException("taker fee must be >= 0 bps, was " + takerFeeBps);
        }
    }

    private static final double BPS = 10_000.0;

    /**
     * The price a taker fill gets when the market trades at {@code reference}: half the spread plus the slippage,
     * added for a buy and taken off for a sell (both in bps of the reference, added together, not compounded).
     */
    public double takerPrice(Side side, double reference) {
        double adverse = (spreadBps / 2 + slippageBps) / BPS;
        return side == Side.BUY ? reference * (1 + adverse) : reference * (1 - adverse);
    }

    /** The fee for {@code quantity} at {@code price}: |quantity × price| × bps / 10,000, maker or taker bps. */
    public double fee(double quantity, double price, boolean maker) {
        return Math.abs(quantity * price) * (maker ? makerFeeBps : takerFeeBps) / BPS;
    }

    /** The taker fee as a fraction (10 bps is 0.001), as the sizing formulas use it. */
    public double takerFeeRate() {
        return takerFeeBps / BPS;
    }

    /** The maker fee as a fraction. */
    public double makerFeeRate() {
        return makerFeeBps / BPS;
    }

    /** One fee for maker and taker fills, as {@code --fee-bps} gives it. */
    public static CostModel flat(double feeBps, double spreadBps, double slippageBps) {
        if (!(feeBps >= 0)) {
            throw new IllegalArgumentException("fee must be >= 0 bps, was " + feeBps);
        }
        return new CostModel(feeBps, feeBps, spreadBps, slippageBps);
    }

    private static void requireFinite(String what, double bps) {
        if (!Double.isFinite(bps)) {
            throw new IllegalArgumentException(what + " must be a number of bps, was " + bps);
        }
    }

    private static void requireNonNegative(String what, double bps) {
        if (!(bps >= 0) || Double.isInfinite(bps)) {
            throw new IllegalArgumentException(what + " must be >= 0 bps, was " + bps);
        }
    }
}
