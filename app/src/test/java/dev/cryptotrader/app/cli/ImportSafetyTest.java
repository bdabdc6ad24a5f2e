package dev.cryptotrader.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each malformed file gives a clear error naming the file and the line, exits 2, and leaves what is already stored
 * byte-for-byte the same (checked through the CLI's own candle dump and series listing).
 */
class ImportSafetyTest {

    private static final String HEADER = "open_time_ms,open,high,low,close,volume\n";
    private static final String GOOD = HEADER
            + "1704067200000,100,101,99,100.5,1\n"
            + "1704070800000,100.5,102,100,101,2\n"
            + "1704074400000,101,103,100.5,102,3\n";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeSomethingFirst() throws Exception {
        db = dir.resolve("safe.db").toString();
        Path seed = dir.resolve("seed.csv");
        // Stored bars overlap the bad files' times, so a partial write would show.
        Files.writeString(seed, HEADER + "1704067200000,90,91,89,90.5,7\n1704070800000,90.5,92,90,91,8\n");
        assertThat(CliRun.of("import", seed.toString(), "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db)
                .code()).isZero();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("shuffled rows", (HEADER + "1704070800000,100.5,102,100,101,2\n"
                        + "1704067200000,100,101,99,100.5,1\n").getBytes(StandardCharsets.UTF_8), ":3"),
                Arguments.of("high below low", (HEADER + "1704067200000,100,101,99,100.5,1\n"
                        + "1704070800000,100.5,98,100,99,2\n").getBytes(StandardCharsets.UTF_8), ":3"),
                Arguments.of("text in a number column", (HEADER + "1704067200000,100,101,99,100.5,1\n"
                        + "1704070800000,100.5,abc,100,101,2\n").getBytes(StandardCharsets.UTF_8), ":3"),
                Arguments.of("truncated JSON", "{\"candles\":[{\"start\":\"1704067200\",\"low\":\"99\",\"high\":\"101\",\n\"open\":\"100\",\"close\":\"100.5\",\"volume\":\"1\"},\n{\"start\":\"1704070800\",\"low\":\"9"
                        .getBytes(StandardCharsets.UTF_8), ":3"),
                Arguments.of("duplicate timestamp with other values", (GOOD + "1704074400000,101,104,100.5,102,3\n")
                        .getBytes(StandardCharsets.UTF_8), ":5"),
                Arguments.of("empty file", new byte[0], "empty"),
                Arguments.of("binary file", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0, 0, (byte) 0xff, 0x7f,
                        0, 1, 2, 3}, "text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aBadFileChangesNothing(String name, byte[] content, String expectedInError) throws Exception {
        String before = dump();
        String seriesBefore = CliRun.of("series", "--json", "--db", db).out();
        Path bad = dir.resolve("bad-" + name.replace(' ', '-') + ".dat");
        Files.write(bad, content);

        CliRun run = CliRun.of("import", bad.toString(), "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db);

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(bad.getFileName().toString()).contains(expectedInError);
        assertThat(dump()).isEqualTo(before);
        assertThat(CliRun.of("series", "--json", "--db", db).out()).isEqualTo(seriesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void skipModeStillNeverCorruptsStoredBars(String name, byte[] content, String ignored) throws Exception {
        Path bad = dir.resolve("skip-" + name.replace(' ', '-') + ".dat");
        Files.write(bad, content);
        CliRun run = CliRun.of("import", bad.toString(), "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db,
                "--on-error", "skip");
        // Whole-file problems still fail; row problems are skipped and reported with their line.
        assertThat(run.code()).as(run.toString()).isIn(0, 2);
        if (run.code() == 0 && !run.err().contains("0 rows skipped")) {
            assertThat(run.err()).as(run.toString()).containsPattern(":\\d+: skipped: ");
        }
        assertThat(dump()).doesNotContain("98,100,99"); // the high-below-low row never lands
        assertThat(dump()).doesNotContain("abc");
    }

    private String dump() {
        return CliRun.of("candles", "-e", "coinbase", "-s", "BTC/USD", "-t", "1h", "--db", db).out();
    }
}
