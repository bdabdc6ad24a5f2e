package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.UpsertResult;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a file into the store: the whole file is parsed and validated first, then written with ONE
 * {@link CandleStore#upsert} (atomic by the port's contract), so a file that fails writes nothing.
 */
public final class CandleImporter {

    private final CandleStore store;
    private final CandleFileParser parser = new CandleFileParser();

    public CandleImporter(CandleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public ImportReport importFile(Path file, SeriesKey key, Optional<ImportFormat> format, OnError onError) {
        ParsedCandles parsed = parser.parse(file, key.timeframe(), format, onError);
        UpsertResult result = store.upsert(key, parsed.candles());
        return new ImportReport(parsed, result);
    }
}
