package dev.cryptotrader.trading.backtest.metrics;

import java.util.function.ToDoubleFunction;

/**
 * Every field of {@link Metrics} with its stable snake_case key (as in exports and {@code backtest --json}), a label
 * for tables and what kind of number it is. Exports and tables list metrics in this order.
 */
public enum MetricField {
    NET_PROFIT("net_profit", "Net profit", Kind.MONEY, Metrics::netProfit),
    TOTAL_RETURN("total_return", "Total return", Kind.FRACTION, Metrics::totalReturn),
    CAGR("cagr", "CAGR", Kind.FRACTION, Metrics::cagr),
    SHARPE("sharpe", "Sharpe", Kind.RATIO, Metrics::sharpe),
    SORTINO("sortino", "Sortino", Kind.RATIO, Metrics::sortino),
    CALMAR("calmar", "Calmar", Kind.RATIO, Metrics::calmar),
    MAX_DRAWDOWN("max_drawdown", "Max drawdown", Kind.FRACTION, Metrics::maxDrawdown),
    MAX_DRAWDOWN_BARS("max_drawdown_bars", "Longest drawdown (bars)", Kind.COUNT, Metrics::maxDrawdownBars),
    WIN_RATE("win_rate", "Win rate", Kind.FRACTION, Metrics::winRate),
    PROFIT_FACTOR("profit_factor", "Profit factor", Kind.RATIO, Metrics::profitFactor),
    EXPECTANCY("expectancy", "Expectancy", Kind.MONEY, Metrics::expectancy),
    AVERAGE_WIN("average_win", "Average win", Kind.MONEY, Metrics::averageWin),
    AVERAGE_LOSS("average_loss", "Average loss", Kind.MONEY, Metrics::averageLoss),
    EXPOSURE("exposure", "Exposure", Kind.FRACTION, Metrics::exposure),
    TRADES("trades", "Trades", Kind.COUNT, Metrics::trades),
    FEES("fees", "Fees paid", Kind.MONEY, Metrics::fees),
    SQN("sqn", "SQN", Kind.RATIO, Metrics::sqn),
    BUY_AND_HOLD_RETURN("buy_and_hold_return", "Buy-and-hold return", Kind.FRACTION, Metrics::buyAndHoldReturn);

    /** How a value reads: money in the quote currency, a fraction (0.25 is 25%), a plain ratio or a whole count. */
    public enum Kind { MONEY, FRACTION, RATIO, COUNT }

    private final String key;
    private final String label;
    private final Kind kind;
    private final ToDoubleFunction<Metrics> getter;

    MetricField(String key, String label, Kind kind, ToDoubleFunction<Metrics> getter) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.getter = getter;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The value; NaN where the metric is undefined. Counts come back as whole numbers. */
    public double value(Metrics metrics) {
        return getter.applyAsDouble(metrics);
    }
}
