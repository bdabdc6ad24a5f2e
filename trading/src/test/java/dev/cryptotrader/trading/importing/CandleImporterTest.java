package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.port.UpsertResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static dev.cryptotrader.trading.importing.ImportTestSupport.csv;
import static dev.cryptotrader.trading.importing.ImportTestSupport.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The importer parses everything first and writes once; a bad file never reaches the store. */
class CandleImporterTest {

    private static final String V = "456.16,456.81,455.3,456.02,561.88";
    private static final SeriesKey KEY = new SeriesKey(Exchange.of("coinbase"), Instrument.of("BTC", "USD"),
            Timeframe.H4);

    @TempDir
    Path dir;

    private final RecordingStore store = new RecordingStore();
    private final CandleImporter importer = new CandleImporter(store);

    @Test
    void aGoodFileIsWrittenInOneUpsert() throws IOException {
        Path file = write("good.csv", csv(row(0, V), row(1, V), row(2, V)));

        ImportReport report = importer.importFile(file, KEY, Optional.empty(), OnError.FAIL);

        assertThat(store.upsertCalls).isEqualTo(1);
        assertThat(report.result()).isEqualTo(new UpsertResult(3, 0, 0));
        assertThat(report.parsed().source()).isEqualTo(file.toString());
        assertThat(store.readAll(KEY).sameValues(report.parsed().candles())).isTrue();

        ImportReport again = importer.importFile(file, KEY, Optional.of(ImportFormat.CSV), OnError.FAIL);
        assertThat(again.result()).isEqualTo(new UpsertResult(0, 0, 3));
    }

    @Test
    void aFileThatFailsOnItsLastRowWritesNothing() throws IOException {
        Path file = write("bad.csv", csv(row(0, V), row(1, V), row(2, "1,1,2,1,1")));

        assertThatThrownBy(() -> importer.importFile(file, KEY, Optional.empty(), OnError.FAIL))
                .isInstanceOf(ImportException.class)
                .hasMessage(file + ":4: high 1 is below low 2");
        assertThat(store.upsertCalls).isZero();
    }

    @Test
    void aBrokenJsonFileWritesNothingEvenInSkipMode() throws IOException {
        Path file = write("cut.json", "[[1552298400000,1,1,1,1,1],[1552302000000,1,1");
        assertThatThrownBy(() -> importer.importFile(file, KEY.withTimeframe(Timeframe.H1), Optional.empty(),
                OnError.SKIP)).isInstanceOf(ImportException.class);
        assertThat(store.upsertCalls).isZero();
    }

    @Test
    void skipModeWritesOnlyTheGoodRows() throws IOException {
        Path file = write("mixed.csv", csv(row(0, V), row(1, "oops,1,1,1,1"), row(2, V)));

        ImportReport report = importer.importFile(file, KEY, Optional.empty(), OnError.SKIP);

        assertThat(store.upsertCalls).isEqualTo(1);
        assertThat(report.result().inserted()).isEqualTo(2);
        assertThat(report.parsed().skipped()).containsExactly(
                new SkippedRow(3, "column 'open' is not a number: 'oops'"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** Just enough of a store: bars by key and open time, counting upserts. */
    private static final class RecordingStore implements CandleStore {
        private final Map<SeriesKey, TreeMap<Long, Candle>> series = new HashMap<>();
        int upsertCalls;

        @Override
        public UpsertResult upsert(SeriesKey key, CandleSeries candles) {
            upsertCalls++;
            TreeMap<Long, Candle> bars = series.computeIfAbsent(key, k -> new TreeMap<>());
            long inserted = 0;
            long updated = 0;
            long unchanged = 0;
            for (Candle c : candles.toCandles()) {
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

        @Override
        public CandleSeries read(SeriesKey key, TimeRange range) {
            TreeMap<Long, Candle> bars = series.getOrDefault(key, new TreeMap<>());
            return CandleSeries.of(List.copyOf(bars.subMap(range.from(), range.to()).values()));
        }

        @Override
        public CandleSeries readLatest(SeriesKey key, int count) {
            List<Candle> all = List.copyOf(series.getOrDefault(key, new TreeMap<>()).values());
            return CandleSeries.of(all.subList(Math.max(0, all.size() - count), all.size()));
        }

        @Override
        public List<SeriesInfo> listSeries() {
            return List.of();
        }

        @Override
        public Optional<SeriesInfo> info(SeriesKey key) {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
