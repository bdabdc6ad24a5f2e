package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Indicator;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.num.NumFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs any ta4j strategy as one of ours: the tape becomes a ta4j series, the form builds its indicators and rules on
 * it, and each bar is asked as ta4j's BarSeriesManager asks (shouldEnter while flat, shouldExit while in a position,
 * the trading record filled at the next bar's open). A strategy starting with SELL gives short signals.
 */
public final class Ta4jStrategyAdapter implements Strategy {

    /** A ta4j strategy built on a series, and the indicators to report by name (may be empty). */
    public record Form(org.ta4j.core.Strategy strategy, Map<String, Indicator<Num>> indicators) {

        public Form {
            Objects.requireNonNull(strategy, "strategy");
            indicators = Map.copyOf(indicators);
        }

        public static Form of(org.ta4j.core.Strategy strategy) {
            return new Form(strategy, Map.of());
        }
    }

    private final String id;
    private final Map<String, Double> parameters;
    private final int warmUp;
    private final Function<BarSeries, Form> form;
    private final NumFactory numbers;

    public Ta4jStrategyAdapter(String id, Map<String, Double> parameters, int warmUp,
                               Function<BarSeries, Form> form) {
        this(id, parameters, warmUp, form, DoubleNumFactory.getInstance());
    }

    public Ta4jStrategyAdapter(String id, Map<String, Double> parameters, int warmUp,
                               Function<BarSeries, Form> form, NumFactory numbers) {
        this.id = Objects.requireNonNull(id, "id");
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (warmUp < 0) {
            throw new IllegalArgumentException("warm-up must be >= 0, was " + warmUp);
        }
        this.warmUp = warmUp;
        this.form = Objects.requireNonNull(form, "form");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, Double> parameters() {
        return parameters;
    }

    @Override
    public int warmUp() {
        return warmUp;
    }

    /** What builds the ta4j strategy on a series. */
    public Function<BarSeries, Form> form() {
        return form;
    }

    /** The same strategy computed with another number type (DecimalNum for an exact-decimal reference). */
    public Ta4jStrategyAdapter withNumbers(NumFactory other) {
        return new Ta4jStrategyAdapter(id, parameters, warmUp, form, other);
    }

    @Override
    public Signals signals(BarTape tape) {
        BarSeries series = TapeBarSeries.of(tape, numbers);
        Form built = form.apply(series);
        byte[] actions = actions(series, built.strategy(), warmUp);
        // Read only after the run, so the indicators were computed in the order BarSeriesManager computes them.
        Map<String, double[]> columns = new LinkedHashMap<>();
        built.indicators().forEach((name, indicator) -> columns.put(name, values(indicator, series)));
        return new Signals(actions, null, columns);
    }

    /**
     * ta4j's decisions over a series as action bytes, one per bar from its begin index; bars before {@code warmUp}
     * are not asked.
     */
    public static byte[] actions(BarSeries series, org.ta4j.core.Strategy strategy, int warmUp) {
        int n = series.getBarCount();
        byte[] actions = new byte[n];
        boolean shortSide = strategy.getStartingType() == TradeType.SELL;
        TradingRecord record = new BaseTradingRecord(strategy.getStartingType());
        Num amount = series.numFactory().one();
        boolean open = false;
        int begin = series.getBeginIndex();
        for (int i = begin + Math.max(0, warmUp); i <= series.getEndIndex(); i++) {
            boolean act = open ? strategy.shouldExit(i, record) : strategy.shouldEnter(i, record);
            if (!act) {
                continue;
            }
            actions[i - begin] = open ? (shortSide ? Signal.EXIT_SHORT : Signal.EXIT_LONG)
                    : (shortSide ? Signal.ENTER_SHORT : Signal.ENTER_LONG);
            open = !open;
            if (i < series.getEndIndex()) {
                record.operate(i + 1, series.getBar(i + 1).getOpenPrice(), amount);
            }
        }
        return actions;
    }

    /** An indicator's values as doubles: NaN where it is NaN and during its own unstable bars. */
    static double[] values(Indicator<Num> indicator, BarSeries series) {
        double[] out = new double[series.getBarCount()];
        int unstable = indicator.getCountOfUnstableBars();
        for (int i = 0; i < out.length; i++) {
            Num v = indicator.getValue(series.getBeginIndex() + i);
            out[i] = i < unstable || Num.isNaNOrNull(v) ? Double.NaN : v.doubleValue();
        }
        return out;
    }
}
