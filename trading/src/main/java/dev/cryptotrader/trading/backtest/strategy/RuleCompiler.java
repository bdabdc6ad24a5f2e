package dev.cryptotrader.trading.backtest.strategy;

import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.Rule;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.ConstantIndicator;
import org.ta4j.core.indicators.helpers.HighPriceIndicator;
import org.ta4j.core.indicators.helpers.HighestValueIndicator;
import org.ta4j.core.indicators.helpers.LowPriceIndicator;
import org.ta4j.core.indicators.helpers.LowestValueIndicator;
import org.ta4j.core.indicators.helpers.OpenPriceIndicator;
import org.ta4j.core.indicators.helpers.PreviousValueIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.NotRule;
import org.ta4j.core.rules.OverIndicatorRule;
import org.ta4j.core.rules.UnderIndicatorRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Builds a rule strategy's conditions from ta4j indicators and rules on one series. An operand written twice is one
 * ta4j indicator (one cache), and every indicator built is kept by name so the strategy can report it.
 */
final class RuleCompiler {

    private final BarSeries series;
    private final Map<String, Indicator<Num>> built = new LinkedHashMap<>();

    RuleCompiler(BarSeries series) {
        this.series = series;
    }

    /** The indicators (not prices or numbers) built so far, by canonical name. */
    Map<String, Indicator<Num>> indicators() {
        Map<String, Indicator<Num>> out = new LinkedHashMap<>();
        built.forEach((name, indicator) -> {
            if (!isPrice(name) && !(indicator instanceof ConstantIndicator<?>)) {
                out.put(name, indicator);
            }
        });
        return out;
    }

    Rule rule(RuleCondition condition) {
        return switch (condition) {
            case RuleCondition.Compare c -> compare(c);
            case RuleCondition.All all -> fold(all.conditions(), Rule::and);
            case RuleCondition.Any any -> fold(any.conditions(), Rule::or);
            case RuleCondition.Not not -> new NotRule(rule(not.condition()));
        };
    }

    private Rule compare(RuleCondition.Compare c) {
        Indicator<Num> left = indicator(c.left());
        Indicator<Num> right = indicator(c.right());
        return switch (c.comparison()) {
            case CROSSES_ABOVE -> new CrossedUpIndicatorRule(left, right);
            case CROSSES_BELOW -> new CrossedDownIndicatorRule(left, right);
            case ABOVE -> new OverIndicatorRule(left, right);
            case BELOW -> new UnderIndicatorRule(left, right);
        };
    }

    private Rule fold(List<RuleCondition> conditions, BinaryOperator<Rule> join) {
        Rule out = rule(conditions.getFirst());
        for (RuleCondition next : conditions.subList(1, conditions.size())) {
            out = join.apply(out, rule(next));
        }
        return out;
    }

    Indicator<Num> indicator(RuleOperand operand) {
        Indicator<Num> existing = built.get(operand.name());
        if (existing != null) {
            return existing;
        }
        Indicator<Num> made = switch (operand) {
            case RuleOperand.Constant c -> new ConstantIndicator<>(series, series.numFactory().numOf(c.value()));
            case RuleOperand.Series s -> series(s);
        };
        built.put(operand.name(), made);
        return made;
    }

    private Indicator<Num> series(RuleOperand.Series s) {
        return switch (s.kind()) {
            case CLOSE -> new ClosePriceIndicator(series);
            case OPEN -> new OpenPriceIndicator(series);
            case HIGH -> new HighPriceIndicator(series);
            case LOW -> new LowPriceIndicator(series);
            case VOLUME -> new VolumeIndicator(series);
            case SMA -> new SMAIndicator(close(), s.period(0));
            case EMA -> new EMAIndicator(close(), s.period(0));
            case RSI -> new RSIIndicator(close(), s.period(0));
            case ATR -> new ATRIndicator(series, s.period(0));
            case BB_MIDDLE -> middle(s.period(0));
            case BB_UPPER -> new BollingerBandsUpperIndicator(middle(s.period(0)),
                    new StandardDeviationIndicator(close(), s.period(0)), series.numFactory().numOf(s.args().get(1)));
            case BB_LOWER -> new BollingerBandsLowerIndicator(middle(s.period(0)),
                    new StandardDeviationIndicator(close(), s.period(0)), series.numFactory().numOf(s.args().get(1)));
            case MACD -> new MACDIndicator(close(), s.period(0), s.period(1));
            case MACD_SIGNAL -> new EMAIndicator(indicator(new RuleOperand.Series(OperandKind.MACD,
                    s.args().subList(0, 2))), s.period(2));
            case HIGHEST -> new HighestValueIndicator(new PreviousValueIndicator(new HighPriceIndicator(series)),
                    s.period(0));
            case LOWEST -> new LowestValueIndicator(new PreviousValueIndicator(new LowPriceIndicator(series)),
                    s.period(0));
        };
    }

    private Indicator<Num> close() {
        return indicator(new RuleOperand.Series(OperandKind.CLOSE, List.of()));
    }

    private BollingerBandsMiddleIndicator middle(int period) {
        return new BollingerBandsMiddleIndicator(new SMAIndicator(close(), period));
    }

    private static boolean isPrice(String name) {
        return OperandKind.byId(name).filter(k -> k.argumentNames().isEmpty()).isPresent();
    }
}
