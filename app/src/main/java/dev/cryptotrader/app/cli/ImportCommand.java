package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.importing.CandleImporter;
import dev.cryptotrader.trading.importing.ImportFormat;
import dev.cryptotrader.trading.importing.ImportReport;
import dev.cryptotrader.trading.importing.OnError;
import dev.cryptotrader.trading.importing.SkippedRow;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Command(name = "import",
        description = "Import candles from a file. The format is detected: CSV with a header, ta4j JSON, "
                + "Bitfinex/Binance/KuCoin kline arrays, or a trades CSV (timestamp,price,amount) aggregated to "
                + "the timeframe. All or nothing: a failed import writes nothing.")
final class ImportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import")
    Path file;

    @Mixin
    SeriesOptions series;

    @Option(names = "--format", paramLabel = "F",
            description = "Skip detection: csv, ta4j-json, bitfinex, binance, kucoin or trades")
    String format;

    @Option(names = "--on-error", paramLabel = "fail|skip", defaultValue = "fail",
            description = "fail (default): the first bad row aborts and nothing is written; "
                    + "skip: bad rows are left out and listed")
    String onError;

    @Override
    protected int run(CandleStore store) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("file not found: " + file);
        }
        SeriesKey key = series.key();
        OnError mode = switch (onError.toLowerCase(Locale.ROOT)) {
            case "fail" -> OnError.FAIL;
            case "skip" -> OnError.SKIP;
            default -> throw new BadInputException("--on-error must be fail or skip, not '" + onError + "'");
        };
        Optional<ImportFormat> fmt = Optional.ofNullable(format).map(ImportFormat::parse);
        ImportReport report = new CandleImporter(store).importFile(file, key, fmt, mode);
        var parsed = report.parsed();
        var result = report.result();
        for (SkippedRow s : parsed.skipped()) {
            err().println(file + ":" + s.line() + ": skipped: " + s.problem());
        }
        err().println("imported " + file + " (" + parsed.format().cliName() + ") into " + key + ": "
                + parsed.candles().size() + " bars, " + result.inserted() + " new, " + result.updated() + " changed, "
                + result.unchanged() + " unchanged" + (parsed.skipped().isEmpty() ? ""
                : ", " + parsed.skipped().size() + " rows skipped"));
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("format", parsed.format().cliName());
            m.put("exchange", key.exchange().id());
            m.put("symbol", key.instrument().symbol());
            m.put("timeframe", key.timeframe().label());
            m.put("rows_read", parsed.rowsRead());
            m.put("bars", parsed.candles().size());
            m.put("inserted", result.inserted());
            m.put("updated", result.updated());
            m.put("unchanged", result.unchanged());
            m.put("skipped", parsed.skipped().stream()
                    .map(s -> Map.of("line", s.line(), "problem", s.problem())).toList());
            printJson(m);
        }
        return 0;
    }
}
