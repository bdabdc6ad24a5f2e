package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "candles", description = "Print the stored candles of one series as CSV or JSON.")
final class CandlesCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Mixin
    SeriesOptions.Range range;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default csv; json with --json)")
    CandleOutput.Format format;

    @Override
    protected int run(CandleStore store) throws Exception {
        SeriesKey key = series.key();
        requireStored(store, key);
        CandleSeries candles = store.read(key, range.range());
        CandleOutput.Format f = format != null ? format : json() ? CandleOutput.Format.json : CandleOutput.Format.csv;
        CandleOutput.write(candles, f, out(), null);
        err().println(candles.size() + " bars of " + key);
        return 0;
    }
}
