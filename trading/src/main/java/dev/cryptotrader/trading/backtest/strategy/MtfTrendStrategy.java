package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mtf-sma-trend}: the {@link SmaCross} long rules on the tape's own bars, but entering only while the higher
 * timeframe is in an up-trend: the close of the last <em>closed</em> higher-timeframe bar above the SMA of the last
 * {@code htfPeriod} closed higher-timeframe bars. The higher timeframe is resampled from the tape itself
 * ({@link HigherTimeframe}), so a bar never sees the one still forming. Exits on the cross down, whatever the trend.
 *
 * <p>{@link #warmUp()} is the base warm-up ({@code slow}); entries also wait for {@code htfPeriod} closed
 * higher-timeframe bars (on 4h bars with a 1d SMA(20): about 120 bars), and until then the filter blocks them.
 */
public record MtfTrendStrategy(int fast, int slow, int htfMinutes, int htfPeriod) implements Strategy {

    public static final String ID = "mtf-sma-trend";
    private static final int MAX_PERIOD = 100_000;
    private static final int FOUR_WEEKS_MINUTES = 4 * 7 * 1440;

    public MtfTrendStrategy {
        Checks.atLeast("fast", fast, 1);
        Checks.lessThan("fast", fast, "slow", slow);
        Checks.atLeast("htfMinutes", htfMinutes, 1);
        Checks.atLeast("htfPeriod", htfPeriod, 1);
    }

    /** The catalogue entry: defaults fast=20, slow=50 (base bars), htfMinutes=1440 (one day), htfPeriod=20. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(ID, "Long when the fast SMA crosses above the slow SMA while the last closed"
                + " higher-timeframe bar closes above its SMA; out when the fast SMA crosses below", List.of(
                ParamSpec.whole("fast", 20, 1, MAX_PERIOD, "fast SMA period (bars)"),
                ParamSpec.whole("slow", 50, 2, MAX_PERIOD, "slow SMA period (bars), more than fast"),
                ParamSpec.whole("htfMinutes", 1440, 1, FOUR_WEEKS_MINUTES, "higher timeframe in minutes (1440 = 1 day,"
                        + " 10080 = 1 week), a whole multiple of the bar length"),
                ParamSpec.whole("htfPeriod", 20, 1, MAX_PERIOD, "SMA period on the higher timeframe (closed bars)")),
                p -> new MtfTrendStrategy(whole(p, "fast"), whole(p, "slow"), whole(p, "htfMinutes"),
                        whole(p, "htfPeriod")));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Double> parameters() {
        return Names.parameters("fast", fast, "slow", slow, "htfMinutes", htfMinutes, "htfPeriod", htfPeriod);
    }

    @Override
    public int warmUp() {
        return slow;
    }

    @Override
    public Signals signals(BarTape tape) {
        long htfMillis = htfMinutes * 60_000L;
        if (htfMillis <= tape.barMillis() || htfMillis % tape.barMillis() != 0) {
            throw new IllegalArgumentException(ID + ": htfMinutes=" + htfMinutes + " must be a whole multiple of, and"
                    + " longer than, the bars of " + tape.name() + " (" + Names.number(tape.barMillis() / 60_000.0)
                    + " minutes)");
        }
        double[] f = ColumnMath.sma(tape.close(), fast);
        double[] s = ColumnMath.sma(tape.close(), slow);
        HigherTimeframe higher = HigherTimeframe.resampledFrom(tape, htfMillis);
        double[] htfClose = higher.alignToBase(higher.htf().close());
        double[] htfSma = higher.alignToBase(ColumnMath.sma(higher.htf().close(), htfPeriod));

        int boundary = slow - 1;
        // NaN before htfPeriod higher bars have closed: Crossing.greater is false, so no entry.
        byte[] actions = PositionLoop.run(f.length, warmUp(), false,
                i -> Crossing.above(f, s, i, boundary) && Crossing.greater(htfClose[i], htfSma[i]),
                i -> Crossing.below(f, s, i, boundary));

        String htf = HigherTimeframe.label(htfMillis);
        Map<String, double[]> indicators = new LinkedHashMap<>();
        indicators.put(Names.column("sma", fast), f);
        indicators.put(Names.column("sma", slow), s);
        indicators.put(htf + " close", htfClose);
        indicators.put(htf + " " + Names.column("sma", htfPeriod), htfSma);
        return new Signals(actions, null, indicators);
    }

    private static int whole(Map<String, Double> p, String name) {
        return (int) Math.round(p.get(name));
    }
}
