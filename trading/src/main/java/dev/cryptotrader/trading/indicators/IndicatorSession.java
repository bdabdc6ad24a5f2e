package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Indicator;
import org.ta4j.core.num.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes indicators over one {@link CandleSeries}, building its ta4j {@link BarSeries} once for all of them. Keep
 * one per series on screen; a new series object (after a reload or a new bar) needs a new session, see
 * {@link #isFor}. Safe to use from several threads: the bars are read-only, the bar series is built under a lock,
 * and each compute makes its own ta4j indicators.
 */
public final class IndicatorSession {

    private final CandleSeries candles;
    private BarSeries bars; // built on first need: SMA, EMA, RSI and ATR never need it

    public IndicatorSession(CandleSeries candles) {
        this.candles = Objects.requireNonNull(candles, "candles");
    }

    /** True when this session was made for exactly this series object (identity, not equal values). */
    public boolean isFor(CandleSeries series) {
        return candles == series;
    }

    public CandleSeries candles() {
        return candles;
    }

    /**
     * The indicator's lines: by a {@link DirectKernels direct kernel} for SMA, EMA, RSI and ATR (held to ta4j within
     * 1e-9 relative by the tests), by ta4j for the rest.
     */
    public IndicatorResult compute(IndicatorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return DirectKernels.compute(candles, spec).orElseGet(() -> computeWithTa4j(spec));
    }

    /** The indicator's lines computed by ta4j itself, whatever the kind: the reference the kernels are held to. */
    public IndicatorResult computeWithTa4j(IndicatorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<IndicatorLine> lines = new ArrayList<>();
        for (Ta4jLines.Line line : Ta4jLines.of(spec, bars())) {
            int warmUp = Math.min(line.warmUp(), candles.size());
            lines.add(new IndicatorLine(line.name(), values(line.indicator(), warmUp), warmUp));
        }
        return new IndicatorResult(spec, lines);
    }

    public List<IndicatorResult> computeAll(List<IndicatorSpec> specs) {
        return specs.stream().map(this::compute).toList();
    }

    private synchronized BarSeries bars() {
        if (bars == null) {
            bars = Ta4jBarSeries.of(candles);
        }
        return bars;
    }

    /**
     * Asks every bar in order, warm-up included, as ta4j is normally used: its recursive averages then fill forward
     * instead of recursing, and its running-total SMA carries the same sum (a cold start at the first shown bar would
     * round differently in the last bit). The warm-up is blanked afterwards.
     */
    private double[] values(Indicator<Num> indicator, int warmUp) {
        double[] out = new double[candles.size()];
        for (int i = 0; i < out.length; i++) {
            double value = indicator.getValue(i).doubleValue();
            out[i] = i < warmUp ? Double.NaN : value;
        }
        return out;
    }
}
