package dev.cryptotrader.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A database file in a fresh temporary directory, removed with its WAL and shared-memory files afterwards. */
final class TempDatabase {

    private final Path dir;
    private final Path file;

    TempDatabase(String name) {
        try {
            dir = Files.createTempDirectory("cryptotrader-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = dir.resolve(name);
    }

    Path file() {
        return file;
    }

    void delete() {
        try {
            for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
