package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.BacktestResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes backtest exports to files, UTF-8. Each file is written beside its target and moved into place when
 * complete, so a failed export never leaves half a file where a good one was. The formats are {@link CsvExport}'s
 * and {@link JsonExport}'s.
 */
public final class BacktestExport {

    /** The files {@link #writeAll} wrote. */
    public record ExportedFiles(Path trades, Path equity, Path metrics, Path json) {
    }

    private BacktestExport() {
    }

    public static void writeTradesCsv(BacktestResult result, Path file) throws IOException {
        write(file, out -> CsvExport.writeTrades(result.trades(), out));
    }

    public static void writeEquityCsv(BacktestResult result, Path file) throws IOException {
        write(file, out -> CsvExport.writeEquity(result, out));
    }

    /** One row per result: a comparison of several runs, or a single one. */
    public static void writeMetricsCsv(List<BacktestResult> results, Path file) throws IOException {
        write(file, out -> CsvExport.writeMetrics(results, out));
    }

    public static void writeJson(BacktestResult result, JsonExport.Options options, Path file) throws IOException {
        write(file, out -> JsonExport.write(result, options, out));
    }

    public static void writeJson(List<BacktestResult> results, JsonExport.Options options, Path file)
            throws IOException {
        write(file, out -> JsonExport.writeAll(results, options, out));
    }

    /**
     * Everything about one run into {@code dir}: {@code NAME-trades.csv}, {@code NAME-equity.csv},
     * {@code NAME-metrics.csv} and {@code NAME.json} (with the equity curve).
     */
    public static ExportedFiles writeAll(BacktestResult result, Path dir, String name) throws IOException {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("export name must be a plain file name, was '" + name + "'");
        }
        Files.createDirectories(dir);
        ExportedFiles files = new ExportedFiles(dir.resolve(name + "-trades.csv"), dir.resolve(name + "-equity.csv"),
                dir.resolve(name + "-metrics.csv"), dir.resolve(name + ".json"));
        writeTradesCsv(result, files.trades());
        writeEquityCsv(result, files.equity());
        writeMetricsCsv(List.of(result), files.metrics());
        writeJson(result, JsonExport.Options.FILE, files.json());
        return files;
    }

    @FunctionalInterface
    private interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
