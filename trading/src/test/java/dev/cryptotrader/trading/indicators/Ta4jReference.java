package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.StochasticOscillatorDIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ta4j's values computed the way ta4j's documentation composes them, independently of the production code: bars go
 * through ta4j's own bar builder from the candles' exact BigDecimals (so the number type does the rounding), and
 * each line uses ta4j's own classes and helpers (getSignalLine, getHistogram, the %D constructor).
 */
final class Ta4jReference {

    private Ta4jReference() {
    }

    static BarSeries barSeries(CandleSeries candles, NumFactory numbers, Duration period) {
        BarSeries series = new BaseBarSeriesBuilder().withName("reference").withNumFactory(numbers).build();
        for (Candle candle : candles.toCandles()) {
            Instant begin = Instant.ofEpochMilli(candle.openTime());
            series.barBuilder().timePeriod(period).beginTime(begin).endTime(begin.plus(period))
                    .openPrice(candle.open()).highPrice(candle.high()).lowPrice(candle.low())
                    .closePrice(candle.close()).volume(candle.volume()).add();
        }
        return series;
    }

    /** The ta4j indicator of each line, keyed by line name in {@link IndicatorKind#lineNames()} order. */
    static Map<String, Indicator<Num>> lines(IndicatorSpec spec, BarSeries series) {
        var close = new ClosePriceIndicator(series);
        Map<String, Indicator<Num>> lines = new LinkedHashMap<>();
        switch (spec) {
            case IndicatorSpec.Sma s -> lines.put("sma", new SMAIndicator(close, s.period()));
            case IndicatorSpec.Ema e -> lines.put("ema", new EMAIndicator(close, e.period()));
            case IndicatorSpec.Bollinger b -> {
                var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, b.period()));
                var deviation = new StandardDeviationIndicator(close, b.period());
                Num k = series.numFactory().numOf(b.k());
                lines.put("middle", middle);
                lines.put("upper", new BollingerBandsUpperIndicator(middle, deviation, k));
                lines.put("lower", new BollingerBandsLowerIndicator(middle, deviation, k));
            }
            case IndicatorSpec.Rsi r -> lines.put("rsi", new RSIIndicator(close, r.period()));
            case IndicatorSpec.Macd m -> {
                var macd = new MACDIndicator(close, m.fast(), m.slow());
                lines.put("macd", macd);
                lines.put("signal", macd.getSignalLine(m.signal()));
                lines.put("histogram", macd.getHistogram(m.signal()));
            }
            case IndicatorSpec.Stochastic s -> {
                var k = new StochasticOscillatorKIndicator(series, s.kPeriod());
                lines.put("%K", k);
                lines.put("%D", s.dPeriod() == 3 ? new StochasticOscillatorDIndicator(k)
                        : new StochasticOscillatorDIndicator(new SMAIndicator(k, s.dPeriod())));
            }
            case IndicatorSpec.Atr a -> lines.put("atr", new ATRIndicator(series, a.period()));
        }
        return lines;
    }

    /** Every bar's value, asked in bar order as a chart would. */
    static double[] values(Indicator<Num> indicator) {
        int n = indicator.getBarSeries().getBarCount();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = indicator.getValue(i).doubleValue();
        }
        return out;
    }

    /** A handful of specs: every kind at its defaults, plus short, long and odd parameters. */
    static List<IndicatorSpec> specsToCheck() {
        return List.of(
                IndicatorKind.SMA.defaultSpec(), new IndicatorSpec.Sma(1), new IndicatorSpec.Sma(200),
                IndicatorKind.EMA.defaultSpec(), new IndicatorSpec.Ema(1), new IndicatorSpec.Ema(200),
                IndicatorKind.BOLLINGER.defaultSpec(), new IndicatorSpec.Bollinger(5, 2.5),
                IndicatorKind.RSI.defaultSpec(), new IndicatorSpec.Rsi(2),
                IndicatorKind.MACD.defaultSpec(), new IndicatorSpec.Macd(5, 35, 5),
                IndicatorKind.STOCHASTIC.defaultSpec(), new IndicatorSpec.Stochastic(5, 1),
                new IndicatorSpec.Stochastic(21, 5),
                IndicatorKind.ATR.defaultSpec(), new IndicatorSpec.Atr(1));
    }
}
