package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.port.CoverageLedger;

import java.util.ArrayList;
import java.util.List;

/** Remembers confirmed-empty spans in memory; enough for tests whose sources have no holes. */
public final class MemoryCoverageLedger implements CoverageLedger {

    private final List<TimeRange> spans = new ArrayList<>();

    @Override
    public synchronized void recordEmpty(SeriesKey key, List<TimeRange> recorded) {
        spans.addAll(recorded);
    }

    @Override
    public synchronized List<TimeRange> confirmedEmpty(SeriesKey key, TimeRange within) {
        return spans.stream().filter(s -> s.from() < within.to() && s.to() > within.from()).toList();
    }

    public synchronized List<TimeRange> all() {
        return new ArrayList<>(spans);
    }
}
