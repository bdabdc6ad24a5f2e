package dev.cryptotrader.trading.backtest.metrics;

/**
 * What the equity curve gives, from one pass: per-bar returns (mean, sample standard deviation, downside deviation
 * against 0) and the deepest and the longest drawdown.
 *
 * <p>The variance comes from sums of returns shifted by the first return ({@code d = r − r₁}): one pass with two
 * independent additions per bar (Welford's update divides on every bar, in the dependency chain), accurate because
 * returns are small and close to one another, and exactly 0 when every return is the same.
 */
record EquityStats(double finalEquity, double meanReturn, double returnStdDev, double downsideDeviation,
                   double maxDrawdown, int maxDrawdownBars) {

    static EquityStats of(double capital, double[] equity) {
        int n = equity.length;
        double previous = capital;
        boolean returnsDefined = true;
        double shift = equity[0] / capital - 1;
        double sum = 0; // of r − shift
        double squares = 0; // of (r − shift)²
        double downsideSquares = 0;
        double peak = capital;
        int peakIndex = -1; // the initial capital stands before bar 0
        double maxDrawdown = 0;
        int longestUnderwater = 0;
        for (int i = 0; i < n; i++) {
            double e = equity[i];
            if (!Double.isFinite(e)) {
                throw new IllegalArgumentException("equity at bar " + i + " is not a number: " + e);
            }
            if (previous > 0) {
                double r = e / previous - 1;
                double d = r - shift;
                sum += d;
                squares += d * d;
                double loss = Math.min(r, 0.0); // no branch: a return's sign is a coin flip for the predictor
                downsideSquares += loss * loss;
            } else {
                returnsDefined = false; // a return on zero or negative equity means nothing
            }
            previous = e;
            if (e >= peak) {
                if (peakIndex < i - 1) {
                    longestUnderwater = Math.max(longestUnderwater, i - peakIndex);
                }
                peak = e;
                peakIndex = i;
            } else {
                maxDrawdown = Math.max(maxDrawdown, (peak - e) / peak);
            }
        }
        if (peakIndex < n - 1) {
            longestUnderwater = Math.max(longestUnderwater, n - 1 - peakIndex);
        }
        boolean spread = returnsDefined && n >= 2;
        double std = spread ? Math.sqrt(Math.max(0, (squares - sum * sum / n) / (n - 1))) : Double.NaN;
        double downside = spread ? Math.sqrt(downsideSquares / n) : Double.NaN;
        return new EquityStats(equity[n - 1], returnsDefined ? shift + sum / n : Double.NaN, std, downside,
                maxDrawdown, longestUnderwater);
    }
}
