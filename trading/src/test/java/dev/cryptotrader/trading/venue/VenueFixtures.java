package dev.cryptotrader.trading.venue;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recorded venue payloads in shared/fixtures/exchange (surefire passes -Dshared.dir; else ../../shared). */
public final class VenueFixtures {

    private VenueFixtures() {
    }

    /** The text of {@code fixtures/exchange/<relative>}; skips the test (with a visible reason) when it is absent. */
    public static String read(String relative) {
        Path file = exchangeDir().resolve(relative);
        if (!Files.isRegularFile(file)) {
            skip(file + " not found");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path exchangeDir() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("shared.dir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("../shared"));
        candidates.add(Path.of("../../shared"));
        for (Path candidate : candidates) {
            Path dir = candidate.resolve("fixtures/exchange");
            if (Files.isDirectory(dir)) {
                return dir.toAbsolutePath().normalize();
            }
        }
        skip("no fixtures/exchange under " + candidates + ": the clone sits outside the workspace");
        throw new IllegalStateException("unreachable");
    }

    private static void skip(String why) {
        System.err.println("SKIPPED: " + why); // visible in the build log, not only in the XML report
        Assumptions.assumeTrue(false, why);
    }
}
