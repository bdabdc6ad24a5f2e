package dev.cryptotrader.trading.backtest.strategy;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
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
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

import java.util.Map;

/**
 * Every built-in written the ta4j way, indicators and rules into a {@link BaseStrategy}: the readable definition and
 * the reference the fast built-ins are tested against (same actions on real data). {@link #adapter(Strategy)} runs
 * the ta4j form of a built-in as one of our strategies.
 */
public final class Ta4jForms {

    private Ta4jForms() {
    }

    public static org.ta4j.core.Strategy smaCross(BarSeries series, int fast, int slow) {
        return sma(series, new SmaCross(fast, slow)).strategy();
    }

    public static org.ta4j.core.Strategy emaCross(BarSeries series, int fast, int slow) {
        return ema(series, new EmaCross(fast, slow)).strategy();
    }

    public static org.ta4j.core.Strategy macdCross(BarSeries series, int fast, int slow, int signal) {
        return macd(series, new MacdCross(fast, slow, signal)).strategy();
    }

    public static org.ta4j.core.Strategy rsiReversion(BarSeries series, int period, double lower, double upper) {
        return rsi(series, new RsiReversion(period, lower, upper)).strategy();
    }

    public static org.ta4j.core.Strategy bollingerReversion(BarSeries series, int period, double k) {
        var s = new BollingerReversion(period, k);
        return bollinger(series, s, s).strategy();
    }

    public static org.ta4j.core.Strategy bollingerBreakout(BarSeries series, int period, double k) {
        var s = new BollingerBreakout(period, k);
        return bollinger(series, s, s).strategy();
    }

    public static org.ta4j.core.Strategy donchianBreakout(BarSeries series, int entry, int exit) {
        return donchian(series, new DonchianBreakout(entry, exit)).strategy();
    }

    /** The built-in's ta4j form as one of our strategies: same id, parameters and warm-up. */
    public static Ta4jStrategyAdapter adapter(Strategy builtIn) {
        return new Ta4jStrategyAdapter(builtIn.id(), builtIn.parameters(), builtIn.warmUp(),
                series -> form(series, builtIn));
    }

    /** The built-in's ta4j strategy on a series, and its indicators under the built-in's column names. */
    public static Ta4jStrategyAdapter.Form form(BarSeries series, Strategy builtIn) {
        return switch (builtIn) {
            case SmaCross s -> sma(series, s);
            case EmaCross e -> ema(series, e);
            case MacdCross m -> macd(series, m);
            case RsiReversion r -> rsi(series, r);
            case BollingerReversion b -> bollinger(series, b, b);
            case BollingerBreakout b -> bollinger(series, b, b);
            case DonchianBreakout d -> donchian(series, d);
            default -> throw new IllegalArgumentException(builtIn.id() + " has no ta4j form here");
        };
    }

    private static Ta4jStrategyAdapter.Form sma(BarSeries series, SmaCross s) {
        var close = new ClosePriceIndicator(series);
        var fast = new SMAIndicator(close, s.fast());
        var slow = new SMAIndicator(close, s.slow());
        return cross(s, fast, slow, s.shortSide(), Map.of(Names.column("sma", s.fast()), fast,
                Names.column("sma", s.slow()), slow));
    }

    private static Ta4jStrategyAdapter.Form ema(BarSeries series, EmaCross e) {
        var close = new ClosePriceIndicator(series);
        var fast = new EMAIndicator(close, e.fast());
        var slow = new EMAIndicator(close, e.slow());
        return cross(e, fast, slow, e.shortSide(), Map.of(Names.column("ema", e.fast()), fast,
                Names.column("ema", e.slow()), slow));
    }

    private static Ta4jStrategyAdapter.Form macd(BarSeries series, MacdCross m) {
        var line = new MACDIndicator(new ClosePriceIndicator(series), m.fast(), m.slow());
        var signal = new EMAIndicator(line, m.signal());
        return cross(m, line, signal, m.shortSide(), Map.of(Names.column("macd", m.fast(), m.slow()), line,
                Names.column("macd_signal", m.fast(), m.slow(), m.signal()), signal));
    }

    /** Long: enter on {@code a} crossing above {@code b}, exit on crossing below. Short: the mirror. */
    private static Ta4jStrategyAdapter.Form cross(Strategy s, Indicator<Num> a, Indicator<Num> b, boolean shortSide,
                                                  Map<String, Indicator<Num>> shown) {
        Rule up = new CrossedUpIndicatorRule(a, b);
        Rule down = new CrossedDownIndicatorRule(a, b);
        var strategy = shortSide
                ? new BaseStrategy(s.label(), down, up, s.warmUp(), TradeType.SELL)
                : new BaseStrategy(s.label(), up, down, s.warmUp());
        return new Ta4jStrategyAdapter.Form(strategy, shown);
    }

    private static Ta4jStrategyAdapter.Form rsi(BarSeries series, RsiReversion r) {
        var rsi = new RSIIndicator(new ClosePriceIndicator(series), r.period());
        Rule entry = new CrossedUpIndicatorRule(rsi, r.lower());
        Rule exit = new OverIndicatorRule(rsi, r.upper());
        return new Ta4jStrategyAdapter.Form(new BaseStrategy(r.label(), entry, exit, r.warmUp()),
                Map.of(Names.column("rsi", r.period()), rsi));
    }

    /** Reversion: enter on the close crossing below the lower band, exit above the middle. Breakout: see there. */
    private static Ta4jStrategyAdapter.Form bollinger(BarSeries series, Strategy s, BollingerSettings bands) {
        boolean reversion = s instanceof BollingerReversion;
        int period = bands.period();
        double kValue = bands.k();
        var close = new ClosePriceIndicator(series);
        var middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, period));
        var deviation = new StandardDeviationIndicator(close, period);
        Num k = series.numFactory().numOf(kValue);
        var upper = new BollingerBandsUpperIndicator(middle, deviation, k);
        var lower = new BollingerBandsLowerIndicator(middle, deviation, k);
        Rule entry = reversion ? new CrossedDownIndicatorRule(close, lower) : new OverIndicatorRule(close, upper);
        Rule exit = reversion ? new OverIndicatorRule(close, middle) : new UnderIndicatorRule(close, middle);
        return new Ta4jStrategyAdapter.Form(new BaseStrategy(s.label(), entry, exit, s.warmUp()),
                Map.of(Names.column("bb_upper", period, kValue), upper, Names.column("bb_middle", period), middle,
                        Names.column("bb_lower", period, kValue), lower));
    }

    private static Ta4jStrategyAdapter.Form donchian(BarSeries series, DonchianBreakout d) {
        var highest = new HighestValueIndicator(new PreviousValueIndicator(new HighPriceIndicator(series)), d.entry());
        var lowest = new LowestValueIndicator(new PreviousValueIndicator(new LowPriceIndicator(series)), d.exit());
        var close = new ClosePriceIndicator(series);
        Rule entry = new OverIndicatorRule(close, highest);
        Rule exit = new UnderIndicatorRule(close, lowest);
        return new Ta4jStrategyAdapter.Form(new BaseStrategy(d.label(), entry, exit, d.warmUp()),
                Map.of(Names.column("highest", d.entry()), highest, Names.column("lowest", d.exit()), lowest));
    }
}
