package dev.cryptotrader.trading.importing;

/** Reads one file layout: turns its rows into candles (or reports bad rows) through the collector. */
interface FormatReader {

    /** Reads every data row into {@code out}; returns how many data rows (or trades) were read. */
    long read(TextContent content, CandleCollector out);

    /** Saved exchange responses may be newest-first; files people write are expected oldest-first. */
    default CandleCollector.TimeOrder timeOrder() {
        return CandleCollector.TimeOrder.ASCENDING;
    }

    /** Whether bar spacing tells the timeframe: not for candles built from trades, where quiet buckets are absent. */
    default boolean spacingShowsTimeframe() {
        return true;
    }
}
