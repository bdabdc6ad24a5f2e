package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI end to end on a real SQLite file: arguments, outputs, exit codes. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("test.db");
    }

    private Path hourlyCsv(int bars) throws Exception {
        StringBuilder sb = new StringBuilder("open_time_ms,open,high,low,close,volume\n");
        long t = 1_704_067_200_000L; // 2024-01-01T00:00Z
        for (int i = 0; i < bars; i++) {
            if (i == 5) {
                t += 2 * 3_600_000L; // a two-bar gap
            }
            sb.append(t).append(",100.").append(i % 10).append(",101.25,99.5,100.75,").append(i).append(".125\n");
            t += 3_600_000L;
        }
        Path f = dir.resolve("hourly.csv");
        Files.writeString(f, sb);
        return f;
    }

    @Test
    void importsListsAndPrintsCandles() throws Exception {
        Path csv = hourlyCsv(30);
        CliRun imported = CliRun.of("import", csv.toString(), "--exchange", "coinbase", "--symbol", "BTC-USD",
                "--timeframe", "1h", "--db", db().toString());
        assertThat(imported.code()).as(imported.toString()).isZero();
        assertThat(imported.err()).contains("30 bars", "30 new");

        CliRun series = CliRun.of("--db", db().toString(), "series", "--json");
        JsonNode list = JSON.readTree(series.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("symbol").asText()).isEqualTo("BTC/USD");
        assertThat(list.get(0).get("exchange").asText()).isEqualTo("coinbase");
        assertThat(list.get(0).get("bars").asLong()).isEqualTo(30);
        assertThat(list.get(0).get("first").asText()).isEqualTo("2024-01-01T00:00:00Z");

        CliRun csvOut = CliRun.of("candles", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--from", "2024-01-01T02:00:00Z",
                "--to", "1704081600000", "--format", "csv", "--db", db().toString());
        assertThat(csvOut.code()).as(csvOut.toString()).isZero();
        assertThat(csvOut.out().lines().toList()).containsExactly("open_time,open,high,low,close,volume",
                "2024-01-01T02:00:00Z,100.2,101.25,99.5,100.75,2.125",
                "2024-01-01T03:00:00Z,100.3,101.25,99.5,100.75,3.125");

        JsonNode rows = JSON.readTree(CliRun.of("candles", "--db", db().toString(), "-e", "coinbase", "-s", "tBTCUSD",
                "-t", "1h", "--to", "2024-01-01T01:00:00Z", "--json").out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("open").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(rows.get(0).get("volume").decimalValue()).isEqualByComparingTo("0.125");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Path csv = hourlyCsv(30);
        String[] args = {"import", csv.toString(), "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db",
                db().toString(), "--json"};
        assertThat(CliRun.of(args).code()).isZero();
        String before = CliRun.of("candles", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db().toString()).out();
        CliRun again = CliRun.of(args);
        JsonNode report = JSON.readTree(again.out());
        assertThat(report.get("inserted").asLong()).isZero();
        assertThat(report.get("updated").asLong()).isZero();
        assertThat(report.get("unchanged").asLong()).isEqualTo(30);
        assertThat(CliRun.of("candles", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db().toString()).out())
                .isEqualTo(before);
    }

    @Test
    void findsGapsAndResamples() throws Exception {
        Path csv = hourlyCsv(30);
        CliRun.of("import", csv.toString(), "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db().toString());
        CliRun gaps = CliRun.of("gaps", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db().toString(), "--json");
        JsonNode g = JSON.readTree(gaps.out());
        assertThat(g).hasSize(1);
        assertThat(g.get(0).get("first_missing").asText()).isEqualTo("2024-01-01T05:00:00Z");
        assertThat(g.get(0).get("missing_bars").asLong()).isEqualTo(2);

        CliRun resampled = CliRun.of("resample", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--to", "4h",
                "--store", "--db", db().toString());
        assertThat(resampled.code()).as(resampled.toString()).isZero();
        // 32 hours from midnight: 8 full 4h buckets, the last one ends at 07:00 the next day -> complete.
        assertThat(resampled.out().lines().skip(1).count()).isEqualTo(8);
        assertThat(resampled.out()).contains("2024-01-01T00:00:00Z,100,101.25,99.5,100.75,6.5,true");
        CliRun stored = CliRun.of("series", "--json", "--db", db().toString());
        assertThat(stored.out()).contains("\"timeframe\" : \"4h\"");
    }

    @Test
    void badUsageAndBadInputExitWithTwo() throws Exception {
        assertThat(CliRun.of("nonsense", "--db", db().toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("candles", "--db", db().toString()).code()).isEqualTo(2); // missing options
        CliRun badTime = CliRun.of("candles", "-e", "x", "-s", "BTC/USD", "-t", "1h", "--from", "yesterday", "--db",
                db().toString());
        assertThat(badTime.code()).isEqualTo(2);
        assertThat(badTime.err()).contains("yesterday");
        CliRun badTf = CliRun.of("candles", "-e", "x", "-s", "BTC/USD", "-t", "2h", "--db", db().toString());
        assertThat(badTf.code()).isEqualTo(2);
        assertThat(badTf.err()).contains("2h");
        CliRun missing = CliRun.of("import", dir.resolve("nope.csv").toString(), "-e", "x", "-s", "BTC/USD", "-t",
                "1h", "--db", db().toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv");
    }

    @Test
    void anUnwritableDatabaseIsAFailureNotBadInput() throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        CliRun run = CliRun.of("series", "--db", notADir.resolve("sub/test.db").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"import", "series", "candles", "gaps", "resample", "demo", "screenshot"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: cryptotrader " + command);
        }
        assertThat(CliRun.of("help", "gaps").out()).contains("--timeframe");
    }
}
