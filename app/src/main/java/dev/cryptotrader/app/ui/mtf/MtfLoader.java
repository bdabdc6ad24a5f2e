package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.app.ui.chart.CandleColumns;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Resampler;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.Comparator;
import java.util.Optional;

/**
 * Reads one symbol at one timeframe for a multi-timeframe pane: the stored series when there is one, otherwise the
 * finest stored timeframe of the same symbol resampled (with the newest, still forming bucket kept, as a chart shows
 * it, and a leading partial bucket dropped). Runs on the background executor.
 */
final class MtfLoader {

    /** Newest bars a pane reads. */
    static final int MAX_BARS = 20_000;
    /** Most finer bars read to resample from. */
    static final int MAX_SOURCE_BARS = 600_000;

    /** Bars for a pane and where they came from ("stored", "from 1m"). */
    record Loaded(Timeframe timeframe, OhlcvColumns columns, String source) {
    }

    private MtfLoader() {
    }

    static Loaded load(CandleStore store, SeriesKey symbol, Timeframe tf) {
        SeriesKey key = symbol.withTimeframe(tf);
        Optional<SeriesInfo> stored = store.info(key).filter(i -> i.barCount() > 0);
        if (stored.isPresent()) {
            return new Loaded(tf, CandleColumns.of(store.readLatest(key, MAX_BARS)), "stored");
        }
        SeriesInfo finest = finestSource(store, symbol, tf).orElseThrow(() -> new IllegalStateException(
                "no " + tf.label() + " bars of " + symbol.instrument().symbol() + " on " + symbol.exchange()
                        + ", and no finer stored timeframe to build them from"));
        Timeframe from = finest.key().timeframe();
        long span = Math.max(MAX_BARS * tf.millis(), 0);
        long start = Math.max(finest.lastOpenTime() - span, finest.lastOpenTime() - MAX_SOURCE_BARS * from.millis());
        CandleSeries source = store.read(finest.key(), new TimeRange(tf.bucketStart(start), Long.MAX_VALUE));
        Resampler.Resampled r = Resampler.resample(source, from, tf);
        CandleSeries bars = r.leadingPartial() && r.series().size() > 1
                ? r.series().slice(1, r.series().size()) : r.series();
        return new Loaded(tf, CandleColumns.of(bars), "from " + from.label());
    }

    /** The finest stored timeframe of {@code symbol} that {@code tf} is a whole multiple of. */
    static Optional<SeriesInfo> finestSource(CandleStore store, SeriesKey symbol, Timeframe tf) {
        return store.listSeries().stream()
                .filter(i -> i.barCount() > 0)
                .filter(i -> i.key().exchange().equals(symbol.exchange())
                        && i.key().instrument().equals(symbol.instrument()))
                .filter(i -> i.key().timeframe() != tf && tf.isMultipleOf(i.key().timeframe()))
                .min(Comparator.comparingLong(i -> i.key().timeframe().millis()));
    }
}
