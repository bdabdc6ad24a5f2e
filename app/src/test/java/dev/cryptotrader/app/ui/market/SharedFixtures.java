package dev.cryptotrader.app.ui.market;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The recorded venue payloads in {@code shared/fixtures/exchange} (surefire passes {@code -Dshared.dir}; else the
 * workspace's {@code ../shared}). A test that needs them is skipped, with the reason printed, when they are absent.
 */
final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The text of {@code fixtures/exchange/<relative>}; skips the calling test when it is not there. */
    static String exchange(String relative) {
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
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared"));
        Path dir = shared.resolve("fixtures/exchange");
        if (!Files.isDirectory(dir)) {
            skip("no recorded venue payloads in " + dir.toAbsolutePath().normalize()
                    + ": this clone sits outside the workspace that holds /work/shared");
        }
        return dir;
    }

    private static void skip(String why) {
        System.err.println("SKIPPED: " + why); // visible in the build log, not only in the XML report
        Assumptions.assumeTrue(false, why);
    }
}
