package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON fields several commands print the same way. */
final class JsonFields {

    private JsonFields() {
    }

    /** A new ordered map that starts with exchange, symbol and timeframe. */
    static Map<String, Object> series(SeriesKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exchange", key.exchange().id());
        m.put("symbol", key.instrument().symbol());
        m.put("timeframe", key.timeframe().label());
        return m;
    }

    static Map<String, Object> span(TimeRange span) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", Instant.ofEpochMilli(span.from()).toString());
        m.put("to", Instant.ofEpochMilli(span.to()).toString());
        return m;
    }
}
