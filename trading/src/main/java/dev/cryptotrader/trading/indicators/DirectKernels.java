package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.List;
import java.util.Optional;

/**
 * The four ta4j indicators simple enough to restate, computed straight from candles: SMA, EMA and RSI by
 * {@link ArrayKernels}, ATR here. They give ta4j's doubles a hundred times faster; the tests hold them to ta4j within
 * 1e-9 relative. Warm-ups are those of {@link Ta4jLines}.
 */
final class DirectKernels {

    private DirectKernels() {
    }

    /** The result by a direct kernel, or empty when this kind has none (Bollinger, MACD, Stochastic). */
    static Optional<IndicatorResult> compute(CandleSeries candles, IndicatorSpec spec) {
        return switch (spec) {
            case IndicatorSpec.Sma s -> Optional.of(single(spec, "sma", ArrayKernels.sma(closes(candles), s.period()),
                    s.period() - 1));
            case IndicatorSpec.Ema e -> Optional.of(single(spec, "ema", ArrayKernels.ema(closes(candles), e.period()),
                    e.period()));
            case IndicatorSpec.Rsi r -> Optional.of(single(spec, "rsi", ArrayKernels.rsi(closes(candles), r.period()),
                    r.period()));
            case IndicatorSpec.Atr a -> Optional.of(single(spec, "atr", atr(candles, a.period()), a.period()));
            default -> Optional.empty();
        };
    }

    private static IndicatorResult single(IndicatorSpec spec, String name, double[] values, int warmUp) {
        int blank = Math.min(warmUp, values.length);
        for (int i = 0; i < blank; i++) {
            values[i] = Double.NaN;
        }
        return new IndicatorResult(spec, List.of(new IndicatorLine(name, values, blank)));
    }

    private static double[] closes(CandleSeries candles) {
        double[] out = new double[candles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = candles.close(i);
        }
        return out;
    }

    /** ta4j's ATRIndicator: a Wilder average of the true range (the first bar's is just high - low). */
    static double[] atr(CandleSeries candles, int period) {
        int n = candles.size();
        double[] trueRange = new double[n];
        for (int i = 0; i < n; i++) {
            double high = candles.high(i);
            double low = candles.low(i);
            double range = Math.abs(high - low);
            if (i > 0) {
                double previousClose = candles.close(i - 1);
                range = Math.max(Math.max(range, Math.abs(high - previousClose)), Math.abs(previousClose - low));
            }
            trueRange[i] = range;
        }
        return ArrayKernels.average(trueRange, period, 1.0 / period);
    }
}
