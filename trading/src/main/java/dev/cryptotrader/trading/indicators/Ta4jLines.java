package dev.cryptotrader.trading.indicators;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.numeric.NumericIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;

import java.util.List;

/**
 * The ta4j indicators behind each line of a spec, and each line's warm-up: the leading bars left NaN.
 *
 * <p>Warm-up rule: a line is blank until every average it is built on has seen its full period of valid input.
 * <ul>
 *   <li>SMA(p), Bollinger(p, k): {@code p - 1} (ta4j averages the shorter window before that);</li>
 *   <li>EMA(p), RSI(p), ATR(p): {@code p} (ta4j itself returns NaN there and seeds with the value at {@code p});</li>
 *   <li>MACD(f, s, g): line {@code s}; signal and histogram {@code s + g}, because the signal EMA only starts when
 *       the MACD line does (ta4j's own unstable count for it, {@code g}, ignores that);</li>
 *   <li>Stochastic(k, d): %K {@code k - 1}, %D {@code k + d - 2}.</li>
 * </ul>
 */
final class Ta4jLines {

    /** One line to extract: its name, the ta4j indicator and its warm-up. */
    record Line(String name, Indicator<Num> indicator, int warmUp) {
    }

    private Ta4jLines() {
    }

    static List<Line> of(IndicatorSpec spec, BarSeries bars) {
        ClosePriceIndicator close = new ClosePriceIndicator(bars);
        return switch (spec) {
            case IndicatorSpec.Sma sma -> List.of(new Line("sma", new SMAIndicator(close, sma.period()),
                    sma.period() - 1));
            case IndicatorSpec.Ema ema -> List.of(new Line("ema", new EMAIndicator(close, ema.period()),
                    ema.period()));
            case IndicatorSpec.Bollinger bb -> bollinger(bb, close, bars);
            case IndicatorSpec.Rsi rsi -> List.of(new Line("rsi", new RSIIndicator(close, rsi.period()),
                    rsi.period()));
            case IndicatorSpec.Macd macd -> macd(macd, close);
            case IndicatorSpec.Stochastic stoch -> stochastic(stoch, bars);
            case IndicatorSpec.Atr atr -> List.of(new Line("atr", new ATRIndicator(bars, atr.period()),
                    atr.period()));
        };
    }

    private static List<Line> bollinger(IndicatorSpec.Bollinger bb, ClosePriceIndicator close, BarSeries bars) {
        var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, bb.period()));
        var deviation = new StandardDeviationIndicator(close, bb.period());
        Num k = bars.numFactory().numOf(bb.k());
        int warmUp = bb.period() - 1;
        return List.of(new Line("middle", middle, warmUp),
                new Line("upper", new BollingerBandsUpperIndicator(middle, deviation, k), warmUp),
                new Line("lower", new BollingerBandsLowerIndicator(middle, deviation, k), warmUp));
    }

    private static List<Line> macd(IndicatorSpec.Macd spec, ClosePriceIndicator close) {
        var macd = new MACDIndicator(close, spec.fast(), spec.slow());
        // One signal indicator for both lines; ta4j's getHistogram(g) would build and compute a second one.
        var signal = new EMAIndicator(macd, spec.signal());
        var histogram = NumericIndicator.of(macd).minus(signal);
        int signalWarmUp = spec.slow() + spec.signal();
        return List.of(new Line("macd", macd, spec.slow()),
                new Line("signal", signal, signalWarmUp),
                new Line("histogram", histogram, signalWarmUp));
    }

    /**
     * %K is ta4j's {@code StochasticOscillatorKIndicator} formula, 100 (close - lowest low) / (highest high - lowest
     * low), built from one shared highest/lowest pair: the ta4j class makes two new cached indicators for every bar,
     * which made it the slowest line here. Same operations in the same order, so the same doubles (the parity test
     * compares with the ta4j class itself).
     */
    private static List<Line> stochastic(IndicatorSpec.Stochastic spec, BarSeries bars) {
        var highest = new HighestValueIndicator(new HighPriceIndicator(bars), spec.kPeriod());
        var lowest = new LowestValueIndicator(new LowPriceIndicator(bars), spec.kPeriod());
        var k = NumericIndicator.of(new ClosePriceIndicator(bars)).minus(lowest)
                .dividedBy(NumericIndicator.of(highest).minus(lowest))
                .multipliedBy(100);
        var d = new StochasticOscillatorDIndicator(new SMAIndicator(k, spec.dPeriod()));
        return List.of(new Line("%K", k, spec.kPeriod() - 1),
                new Line("%D", d, spec.kPeriod() + spec.dPeriod() - 2));
    }
}
