package dev.cryptotrader.trading.backtest.metrics;

/**
 * The drawdown curve: at each close, how far equity stands below its running peak, as a fraction of that peak (0 at
 * a new high). The peak starts at the initial capital, as for {@link Metrics#maxDrawdown()}.
 */
public final class Drawdown {

    private Drawdown() {
    }

    /** One value per equity point, each ≥ 0; its maximum is the max drawdown. */
    public static double[] curve(double initialCapital, double[] equity) {
        double[] out = new double[equity.length];
        fill(initialCapital, equity, out);
        return out;
    }

    /** Writes the curve into {@code out} (at least as long as {@code equity}), for callers that reuse an array. */
    public static void fill(double initialCapital, double[] equity, double[] out) {
        if (!(initialCapital > 0)) {
            throw new IllegalArgumentException("initial capital must be > 0, was " + initialCapital);
        }
        double peak = initialCapital;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            out[i] = (peak - equity[i]) / peak;
        }
    }
}
