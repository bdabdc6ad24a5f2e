package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Instrument;

import java.math.BigDecimal;

/** The venue's latest top of book and last trade. Fields a venue does not publish are null. */
public record Ticker(Instrument instrument, BigDecimal bid, BigDecimal ask, BigDecimal last, BigDecimal volume24h) {
}
