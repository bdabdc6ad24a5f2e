package dev.cryptotrader.trading.backtest.metrics;

/**
 * Computes a backtest's {@link Metrics} as {@code docs/METRICS.md} defines them. Sweeps call it thousands of times over
 * long equity curves, so it makes one pass over the equity and one over the trades, with no per-bar allocation.
 */
public final class MetricsCalculator {

    /** 365-day years, as every annualised figure uses. */
    public static final double MILLIS_PER_YEAR = 365.0 * 24 * 60 * 60 * 1000;

    private MetricsCalculator() {
    }

    /**
     * @throws IllegalArgumentException naming the bad input: an empty equity curve, capital that is not a positive
     *                                  number, a non-finite equity value, a bar length ≤ 0, bars in market outside
     *                                  {@code [0, bars]}, non-finite fees or a buy-and-hold price that is not positive
     */
    public static Metrics compute(MetricsInput in) {
        validate(in);
        double capital = in.initialCapital();
        int bars = in.equity().length;
        EquityStats eq = EquityStats.of(capital, in.equity());
        TradeStats tr = TradeStats.of(in.trades());

        double netProfit = eq.finalEquity() - capital;
        double years = bars * (double) in.barMillis() / MILLIS_PER_YEAR;
        double cagr = cagr(eq.finalEquity() / capital, years);
        double annualiser = Math.sqrt(MILLIS_PER_YEAR / in.barMillis());
        double sharpe = ratio(eq.meanReturn(), eq.returnStdDev()) * annualiser;
        double sortino = ratio(eq.meanReturn(), eq.downsideDeviation()) * annualiser;
        double calmar = ratio(cagr, eq.maxDrawdown());

        return new Metrics(netProfit, netProfit / capital, cagr, sharpe, sortino, calmar, eq.maxDrawdown(),
                eq.maxDrawdownBars(), tr.winRate(), tr.profitFactor(), tr.expectancy(), tr.averageWin(),
                tr.averageLoss(), (double) in.barsInMarket() / bars, tr.count(), in.fees(), tr.sqn(),
                in.lastPrice() / in.firstPrice() - 1);
    }

    /** (final / initial)^(1 / years) − 1; undefined (NaN) when the equity ended below zero. */
    static double cagr(double growth, double years) {
        if (growth < 0) {
            return Double.NaN;
        }
        return Math.pow(growth, 1 / years) - 1;
    }

    /** {@code a / b}, NaN when {@code b} is 0 or NaN: no spread means no ratio, not an infinite one. */
    static double ratio(double a, double b) {
        return b > 0 ? a / b : Double.NaN;
    }

    private static void validate(MetricsInput in) {
        if (in == null) {
            throw new IllegalArgumentException("metrics input is missing");
        }
        if (in.equity() == null || in.equity().length == 0) {
            throw new IllegalArgumentException("equity curve is empty: metrics need at least one bar");
        }
        if (!(in.initialCapital() > 0) || Double.isInfinite(in.initialCapital())) {
            throw new IllegalArgumentException("initial capital must be > 0, was " + in.initialCapital());
        }
        if (in.barMillis() <= 0) {
            throw new IllegalArgumentException("bar length must be > 0 ms, was " + in.barMillis());
        }
        if (in.trades() == null) {
            throw new IllegalArgumentException("trades are missing (pass an empty list when there were none)");
        }
        if (in.barsInMarket() < 0 || in.barsInMarket() > in.equity().length) {
            throw new IllegalArgumentException("bars in market must be within 0.." + in.equity().length + ", was "
                    + in.barsInMarket());
        }
        if (!Double.isFinite(in.fees())) {
            throw new IllegalArgumentException("fees must be a number, was " + in.fees());
        }
        if (!(in.firstPrice() > 0) || !(in.lastPrice() > 0)
                || Double.isInfinite(in.firstPrice()) || Double.isInfinite(in.lastPrice())) {
            throw new IllegalArgumentException("buy-and-hold prices must be > 0, were first " + in.firstPrice()
                    + " and last " + in.lastPrice());
        }
    }
}
