package dev.cryptotrader.trading.backtest.strategy;

/** What the two Bollinger strategies share: the bands' period and width in standard deviations. */
interface BollingerSettings {

    int period();

    double k();
}
