package dev.cryptotrader.trading.indicators;

/** Where a chart draws an indicator. */
public enum IndicatorPane {
    /** On the candles, in price units (moving averages, bands). */
    PRICE,
    /** In a pane of its own below the candles, time-synced with them (oscillators, ATR). */
    SUBPANE
}
