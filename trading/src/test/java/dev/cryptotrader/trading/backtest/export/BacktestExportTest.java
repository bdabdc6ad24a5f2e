package dev.cryptotrader.trading.backtest.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.trading.backtest.BacktestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacktestExportTest {

    @TempDir
    Path dir;

    @Test
    void writeAllPutsFourFilesInPlaceAndNoPartFilesBehind() throws IOException {
        BacktestResult result = ExportFixture.result("sma");
        BacktestExport.ExportedFiles files = BacktestExport.writeAll(result, dir.resolve("out"), "sma-20-100");

        assertThat(files.trades()).hasFileName("sma-20-100-trades.csv");
        assertThat(Files.readAllLines(files.trades())).hasSize(3).first().asString().startsWith("entry_time,");
        assertThat(Files.readAllLines(files.equity())).hasSize(6).first().isEqualTo("time,equity,drawdown");
        assertThat(Files.readAllLines(files.metrics())).hasSize(2).last().asString().startsWith("sma,4.0,");
        assertThat(new ObjectMapper().readTree(files.json().toFile()).get("equity")).hasSize(5);
        try (Stream<Path> listed = Files.list(dir.resolve("out"))) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "sma-20-100-trades.csv", "sma-20-100-equity.csv", "sma-20-100-metrics.csv", "sma-20-100.json");
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path file = dir.resolve("trades.csv");
        Files.writeString(file, "old content that is much longer than the new one ".repeat(100));
        BacktestExport.writeTradesCsv(ExportFixture.result("x"), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("entry_time,").doesNotContain("old");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoPartFile() throws IOException {
        Path file = dir.resolve("equity.csv");
        Files.writeString(file, "previous export");
        BacktestResult good = ExportFixture.result("x");
        BacktestResult broken = new BacktestResult("x", good.tape(), good.config(), new double[9], good.fills(),
                good.trades(), good.metrics());

        assertThatThrownBy(() -> BacktestExport.writeEquityCsv(broken, file)).hasMessageContaining("does not fit");
        assertThat(Files.readString(file)).isEqualTo("previous export");
        try (Stream<Path> listed = Files.list(dir)) {
            assertThat(listed).containsExactly(file);
        }
    }

    @Test
    void metricsCsvAndJsonForSeveralResults() throws IOException {
        List<BacktestResult> results = List.of(ExportFixture.result("a"), ExportFixture.result("b"));
        BacktestExport.writeMetricsCsv(results, dir.resolve("m.csv"));
        BacktestExport.writeJson(results, JsonExport.Options.FILE, dir.resolve("all.json"));
        assertThat(Files.readAllLines(dir.resolve("m.csv"))).hasSize(3);
        assertThat(new ObjectMapper().readTree(dir.resolve("all.json").toFile()).get("results")).hasSize(2);
    }

    @Test
    void aNameWithAPathIsRefused() {
        assertThatThrownBy(() -> BacktestExport.writeAll(ExportFixture.result("x"), dir, "../x"))
                .hasMessageContaining("export name must be a plain file name");
    }
}
