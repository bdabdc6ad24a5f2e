package dev.cryptotrader.charting.equity;

/** Drawdown below the running peak of an equity curve, as a fraction: 0 at a new high, -0.25 a quarter below it. */
public final class Drawdowns {

    private Drawdowns() {
    }

    /** {@code dd[i] = equity[i] / max(equity[0..i]) - 1}; NaN values are skipped (their drawdown is NaN). */
    public static double[] of(double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NaN;
        for (int i = 0; i < equity.length; i++) {
            double v = equity[i];
            if (Double.isNaN(v)) {
                dd[i] = Double.NaN;
                continue;
            }
            if (Double.isNaN(peak) || v > peak) {
                peak = v;
            }
            dd[i] = peak > 0 ? v / peak - 1 : 0;
        }
        return dd;
    }

    /** The drawdown curve of {@code curve}, in percent (-25 for a quarter below the peak), under the same name. */
    public static EquityCurve percentOf(EquityCurve curve) {
        double[] dd = of(curve.values());
        for (int i = 0; i < dd.length; i++) {
            dd[i] *= 100;
        }
        return new EquityCurve(curve.name(), curve.timeMillis(), dd);
    }
}
