package dev.cryptotrader.trading.projection;

/**
 * Where the price may be over the next bars, as bands around the last close: ±1σ and ±2σ for each bar ahead.
 *
 * <p>The spread is ATR-based: {@code σ(k) = ATR × √k} for the bar {@code k} bars ahead (k = 0 is the last bar, where
 * the cone is a point). The ATR is the typical size of one bar's move; if bar moves were independent, the spread of
 * their sum grows with the square root of their number, as in a random walk. This is a rule of thumb for scale, not a
 * prediction: it ignores trend and fat tails, and an ATR measures range (high to low), which is somewhat wider than
 * the standard deviation of close-to-close moves, so the bands err on the wide side.
 *
 * @param centre the last close
 * @param sigma  {@code sigma[k]} = σ(k), for k = 0..bars
 */
public record ForecastCone(double centre, double[] sigma) {

    /** Bars ahead shown by default. */
    public static final int DEFAULT_BARS = 20;

    public static ForecastCone of(double lastClose, double atr, int bars) {
        if (bars < 1) {
            throw new IllegalArgumentException("a cone needs at least one bar ahead, not " + bars);
        }
        if (!(atr >= 0) || Double.isInfinite(atr)) {
            throw new IllegalArgumentException("ATR must be a non-negative number, not " + atr);
        }
        double[] sigma = new double[bars + 1];
        for (int k = 0; k <= bars; k++) {
            sigma[k] = atr * Math.sqrt(k);
        }
        return new ForecastCone(lastClose, sigma);
    }

    /** How many bars ahead the cone reaches. */
    public int bars() {
        return sigma.length - 1;
    }

    /** {@code centre + sigmas × σ(k)}: {@code band(k, 2)} is the upper 2σ line, {@code band(k, -1)} the lower 1σ. */
    public double band(int k, double sigmas) {
        return centre + sigmas * sigma[k];
    }

    /** The band at {@code sigmas} for every k = 0..bars. */
    public double[] band(double sigmas) {
        double[] out = new double[sigma.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = band(k, sigmas);
        }
        return out;
    }
}
