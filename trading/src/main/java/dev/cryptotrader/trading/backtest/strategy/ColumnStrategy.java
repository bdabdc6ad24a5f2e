package dev.cryptotrader.trading.backtest.strategy;

import dev.cryptotrader.trading.backtest.BarTape;

/**
 * A strategy that computes from {@link IndicatorColumns}, so variants of a sweep over one tape share their indicator
 * columns: give every variant the same {@code IndicatorColumns} through {@link IndicatorColumns#signals(Strategy)}.
 */
public interface ColumnStrategy extends Strategy {

    Signals signals(IndicatorColumns columns);

    @Override
    default Signals signals(BarTape tape) {
        return signals(new IndicatorColumns(tape));
    }
}
