package dev.cryptotrader.trading.domain;


import java.util.Objects;

/**
 * One instrument on one exchange, whatever the timeframe: what drawings and price alerts belong to, so a line drawn on
 * the 5m chart also shows on the 1h chart of the same pair. A {@link SeriesKey} without its timeframe.
 */
public record SymbolKey(Exchange exchange, Instrument instrument) {

    public SymbolKey {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(instrument, "instrument");
    }

    /** The symbol of {@code series}: every timeframe of one pair on one exchange maps to the same key. */
    public static SymbolKey of(SeriesKey series) {
        return new SymbolKey(series.exchange(), series.instrument());
    }

    @Override
    public String toString() {
        return exchange + " " + instrument.symbol();
    }
}
