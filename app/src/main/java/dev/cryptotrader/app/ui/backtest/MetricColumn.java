package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;

/**
 * Every field of {@link Metrics} as the panel shows it: the engine's {@link MetricField} (key, label, kind) plus which
 * way is better. Drives the metrics and comparison tables, the sweep table's columns and the heat map's metric choice.
 */
public enum MetricColumn {
    NET_PROFIT(MetricField.NET_PROFIT, true),
    TOTAL_RETURN(MetricField.TOTAL_RETURN, true),
    CAGR(MetricField.CAGR, true),
    SHARPE(MetricField.SHARPE, true),
    SORTINO(MetricField.SORTINO, true),
    CALMAR(MetricField.CALMAR, true),
    MAX_DRAWDOWN(MetricField.MAX_DRAWDOWN, false),
    MAX_DRAWDOWN_BARS(MetricField.MAX_DRAWDOWN_BARS, false),
    WIN_RATE(MetricField.WIN_RATE, true),
    PROFIT_FACTOR(MetricField.PROFIT_FACTOR, true),
    EXPECTANCY(MetricField.EXPECTANCY, true),
    AVERAGE_WIN(MetricField.AVERAGE_WIN, true),
    AVERAGE_LOSS(MetricField.AVERAGE_LOSS, true),
    EXPOSURE(MetricField.EXPOSURE, true),
    TRADES(MetricField.TRADES, true),
    FEES(MetricField.FEES, false),
    SQN(MetricField.SQN, true),
    BUY_AND_HOLD_RETURN(MetricField.BUY_AND_HOLD_RETURN, true);

    private final MetricField field;
    private final boolean higherIsBetter;

    MetricColumn(MetricField field, boolean higherIsBetter) {
        this.field = field;
        this.higherIsBetter = higherIsBetter;
    }

    /** The snake_case key of exports and {@code backtest --json}. */
    public String key() {
        return field.key();
    }

    public String title() {
        return field.label();
    }

    public MetricFormat.Kind kind() {
        return switch (field.kind()) {
            case MONEY -> MetricFormat.Kind.MONEY;
            case FRACTION -> MetricFormat.Kind.PERCENT;
            case RATIO -> MetricFormat.Kind.RATIO;
            case COUNT -> MetricFormat.Kind.COUNT;
        };
    }

    public double value(Metrics m) {
        return field.value(m);
    }

    public String format(Metrics m) {
        return MetricFormat.format(kind(), value(m));
    }

    public String format(double v) {
        return MetricFormat.format(kind(), v);
    }

    /**
     * Whether a higher value is better. A drawdown is better when smaller in size; the engine reports it as a
     * positive fraction, and {@code sample} (any value of it) tells which sign a result uses.
     */
    public boolean higherIsBetter(double sample) {
        return this == MAX_DRAWDOWN ? sample < 0 : higherIsBetter;
    }

    /** Whether {@code a} is better than {@code b}; NaN is worse than anything. */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        if (Double.isNaN(b)) {
            return true;
        }
        return higherIsBetter(a) ? a > b : a < b;
    }

    public static MetricColumn byKey(String key) {
        for (MetricColumn c : values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown metric " + key);
    }

    @Override
    public String toString() {
        return title();
    }
}
