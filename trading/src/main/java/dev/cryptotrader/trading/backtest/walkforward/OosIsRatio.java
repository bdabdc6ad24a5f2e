package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.metrics.Metrics;

import java.util.List;

/**
 * The overfitting signal of a walk-forward, defined in {@code docs/WALKFORWARD.md}.
 * {@code sharpe} = mean out-of-sample Sharpe ÷ mean in-sample Sharpe over the folds; {@code annualisedReturn} = mean
 * out-of-sample CAGR ÷ mean in-sample CAGR (Pardo's walk-forward efficiency). Near 1: the edge survived out of sample;
 * near 0 or negative: the training fit noise. Each is NaN when undefined: no usable fold, or an in-sample mean ≤ 0
 * (nothing to hold up). A fold whose Sharpe (or CAGR) is NaN counts as 0 when its equity never moved (no trade, no
 * return) and is otherwise left out of both means for that ratio.
 */
public record OosIsRatio(double sharpe, double annualisedReturn, double meanInSampleSharpe,
                         double meanOutOfSampleSharpe, double meanInSampleCagr, double meanOutOfSampleCagr,
                         int sharpeFolds, int returnFolds) {

    public static OosIsRatio of(List<FoldResult> folds) {
        Means sharpe = means(folds, true);
        Means cagr = means(folds, false);
        return new OosIsRatio(sharpe.ratio(), cagr.ratio(), sharpe.in, sharpe.out, cagr.in, cagr.out, sharpe.folds,
                cagr.folds);
    }

    private static Means means(List<FoldResult> folds, boolean sharpe) {
        double in = 0;
        double out = 0;
        int used = 0;
        for (FoldResult f : folds) {
            double i = value(f.inSample(), sharpe);
            double o = value(f.outOfSample(), sharpe);
            if (!Double.isNaN(i) && !Double.isNaN(o)) {
                in += i;
                out += o;
                used++;
            }
        }
        return used == 0 ? new Means(Double.NaN, Double.NaN, 0) : new Means(in / used, out / used, used);
    }

    private static double value(Metrics m, boolean sharpe) {
        double v = sharpe ? m.sharpe() : m.cagr();
        boolean flat = m.totalReturn() == 0 && m.maxDrawdown() == 0;
        return Double.isNaN(v) && flat ? 0 : v;
    }

    private record Means(double in, double out, int folds) {
        double ratio() {
            return folds == 0 || !(in > 0) ? Double.NaN : out / in;
        }
    }
}
