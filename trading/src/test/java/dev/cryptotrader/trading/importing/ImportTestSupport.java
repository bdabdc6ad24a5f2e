package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared helpers: locating the real data in ../shared and parsing inline text. */
final class ImportTestSupport {

    /** 2016-05-18T04:00:00Z, the first bar of the Coinbase 4h file. */
    static final long T0 = 1_463_544_000_000L;
    static final long H4 = Timeframe.H4.millis();

    private ImportTestSupport() {
    }

    /** The shared folder (surefire passes -Dshared.dir); skips the test when the clone has no ../shared. */
    static Path sharedDir() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("../shared"));
        candidates.add(Path.of("../../shared"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve("data"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        String why = candidates.getFirst().toAbsolutePath().normalize()
                + "/data not found: skipping real-data test (clone sits outside the workspace)";
        System.err.println("SKIPPED: " + why); // visible in the build log, not only in the XML report
        Assumptions.assumeTrue(false, why);
        throw new IllegalStateException("unreachable");
    }

    static Path sharedFile(String relative) {
        Path file = sharedDir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " not found: skipping real-data test");
        return file;
    }

    static ParsedCandles parse(String name, String text, Timeframe timeframe) {
        return parse(name, text, timeframe, OnError.FAIL);
    }

    static ParsedCandles parse(String name, String text, Timeframe timeframe, OnError onError) {
        return new CandleFileParser().parse(name, text.getBytes(StandardCharsets.UTF_8), timeframe, Optional.empty(),
                onError);
    }

    /** A candle CSV with the standard header on line 1, so data row i sits on line i + 2. */
    static String csv(String... rows) {
        return "open_time_ms,open,high,low,close,volume\n" + String.join("\n", rows) + "\n";
    }

    /** One CSV row at {@code T0 + bars * 4h}. */
    static String row(long bars, String values) {
        return (T0 + bars * H4) + "," + values;
    }
}
