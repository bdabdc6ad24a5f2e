package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.port.UpsertResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link CandleStore} contract in memory (keyed by open time, atomic, idempotent), for trading tests that cannot
 * reach SQLite. It also counts every bar ever written per open time, so a test can prove no bar was written twice
 * with different values and see how often the live path wrote.
 */
public final class MemoryCandleStore implements CandleStore {

    private final Map<SeriesKey, TreeMap<Long, Candle>> series = new HashMap<>();
    private final List<Long> writes = new ArrayList<>();
    private RuntimeException failNextUpsert;

    @Override
    public synchronized UpsertResult upsert(SeriesKey key, CandleSeries candles) {
        if (failNextUpsert != null) {
            RuntimeException e = failNextUpsert;
            failNextUpsert = null;
            throw e;
        }
        TreeMap<Long, Candle> bars = series.computeIfAbsent(key, k -> new TreeMap<>());
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (Candle c : candles.toCandles()) {
            writes.add(c.openTime());
            Candle old = bars.put(c.openTime(), c);
            if (old == null) {
                inserted++;
            } else if (old.sameValues(c)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        return new UpsertResult(inserted, updated, unchanged);
    }

    public synchronized void failNextUpsert(RuntimeException e) {
        failNextUpsert = e;
    }

    @Override
    public synchronized CandleSeries read(SeriesKey key, TimeRange range) {
        TreeMap<Long, Candle> bars = series.getOrDefault(key, new TreeMap<>());
        return CandleSeries.of(List.copyOf(bars.subMap(range.from(), range.to()).values()));
    }

    public synchronized List<Candle> all(SeriesKey key) {
        return List.copyOf(series.getOrDefault(key, new TreeMap<>()).values());
    }

    public synchronized List<Long> writes() {
        return List.copyOf(writes);
    }

    @Override
    public synchronized CandleSeries readLatest(SeriesKey key, int count) {
        List<Candle> all = all(key);
        return CandleSeries.of(all.subList(Math.max(0, all.size() - count), all.size()));
    }

    @Override
    public synchronized List<SeriesInfo> listSeries() {
        return series.keySet().stream().map(this::info).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized Optional<SeriesInfo> info(SeriesKey key) {
        TreeMap<Long, Candle> bars = series.get(key);
        if (bars == null || bars.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SeriesInfo(key, bars.size(), bars.firstKey(), bars.lastKey()));
    }

    @Override
    public void close() {
    }
}
