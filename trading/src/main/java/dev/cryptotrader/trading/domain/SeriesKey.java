package dev.cryptotrader.trading.domain;

import java.util.Objects;

/** Names one stored series: candles of one instrument on one exchange at one timeframe. */
public record SeriesKey(Exchange exchange, Instrument instrument, Timeframe timeframe) {

    public SeriesKey {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timeframe, "timeframe");
    }

    public SeriesKey withTimeframe(Timeframe other) {
        return new SeriesKey(exchange, instrument, other);
    }

    @Override
    public String toString() {
        return exchange + " " + instrument.symbol() + " " + timeframe.label();
    }
}
