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
