package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Instrument;

/** A listed instrument and how the venue spells it. */
public record InstrumentInfo(Instrument instrument, String nativeSymbol, boolean trading) {
}
