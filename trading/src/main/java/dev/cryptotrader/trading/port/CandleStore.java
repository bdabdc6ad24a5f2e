package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

import java.util.List;
import java.util.Optional;

/**
 * Where candles live. Implementations must be safe to read from one thread while another writes.
 *
 * <p>Contract: {@link #upsert} is atomic (all bars or none), keyed by (exchange, symbol, timeframe, open time), and
 * idempotent: writing the same bars twice changes nothing and reports them as unchanged.
 */
public interface CandleStore extends AutoCloseable {

    /** Inserts new bars and overwrites stored bars whose values differ, in one transaction. */
    UpsertResult upsert(SeriesKey key, CandleSeries candles);

    /** Bars whose open time lies in {@code range}, oldest first. An unknown series reads as empty. */
    CandleSeries read(SeriesKey key, TimeRange range);

    default CandleSeries readAll(SeriesKey key) {
        return read(key, TimeRange.ALL);
    }

    /** The newest {@code count} bars, oldest first. */
    CandleSeries readLatest(SeriesKey key, int count);

    /** Every stored series with its bar count and range, sorted by exchange, symbol, timeframe. */
    List<SeriesInfo> listSeries();

    Optional<SeriesInfo> info(SeriesKey key);

    /** Releases connections; calling it twice is harmless. */
    @Override
    void close();
}
