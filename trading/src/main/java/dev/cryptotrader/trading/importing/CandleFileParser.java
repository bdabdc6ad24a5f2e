package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Timeframe;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a whole candle file into an exact, validated, ascending {@link ParsedCandles}. The format is detected from
 * the content unless given. Nothing is written anywhere: {@link CandleImporter} stores the result.
 *
 * <p>Rules for every format: bars satisfy {@link dev.cryptotrader.trading.domain.Candle#problem()}; open times are
 * aligned to the timeframe and strictly increasing (exchange responses may instead be strictly decreasing); an exact
 * repeat of the previous row is dropped silently, the same time with other values is an error; more than ~20 bars
 * all spaced by multiples of a coarser step means the timeframe is wrong. In {@link OnError#SKIP} mode bad rows are
 * dropped and listed; file-level problems (unreadable, empty, binary, broken JSON, wrong timeframe, nothing valid)
 * always throw {@link ImportException}.
 */
public final class CandleFileParser {

    /** The whole file is held in memory; Java arrays stop just short of 2 GiB. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    public ParsedCandles parse(String sourceName, byte[] content, Timeframe timeframe, Optional<ImportFormat> format,
                               OnError onError) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(timeframe, "timeframe");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(onError, "onError");
        TextContent text = TextContent.decode(sourceName, content);
        ImportFormat chosen = format.orElseGet(() -> FormatDetector.detect(text));
        FormatReader reader = readerFor(chosen);
        CandleCollector collector = new CandleCollector(sourceName, timeframe, onError, reader.timeOrder());
        long rows = reader.read(text, collector);
        return collector.finish(chosen, rows, reader.spacingShowsTimeframe());
    }

    /** Reads the file whole (the source name in errors is the path). */
    public ParsedCandles parse(Path file, Timeframe timeframe, Optional<ImportFormat> format, OnError onError) {
        String source = file.toString();
        byte[] content;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(source, 0, "is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(source, 0, "the file is too large to import at once (" + size
                        + " bytes; the limit is " + MAX_BYTES + "): split it");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(source, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(source, 0, "permission denied", e);
        } catch (IOException e) {
            throw new ImportException(source, 0, "cannot read the file: " + e, e);
        }
        return parse(source, content, timeframe, format, onError);
    }

    private static FormatReader readerFor(ImportFormat format) {
        return switch (format) {
            case CSV -> new CsvCandleReader();
            case TA4J_JSON -> new Ta4jJsonReader();
            case BITFINEX_KLINES -> new KlineArrayReader(KlineLayout.BITFINEX);
            case BINANCE_KLINES -> new KlineArrayReader(KlineLayout.BINANCE);
            case KUCOIN_KLINES -> new KlineArrayReader(KlineLayout.KUCOIN);
            case TRADES_CSV -> new TradesCsvReader();
        };
    }
}
