package dev.cryptotrader.app.config;

import dev.cryptotrader.trading.config.UserConfig;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The user's {@code config.json}, which lives beside the database (so {@code --db} moves both). Reading never
 * creates or changes the file: a missing file means the defaults, a broken one is an error that says where, and only
 * {@link #writeExample} writes, and never over an existing file.
 */
public final class UserConfigFile {

    public static final String FILE_NAME = "config.json";

    /**
     * What {@code cryptotrader config --init} writes: the scheduler at its defaults and one watchlist entry. No venue
     * overrides, so the file does not pin today's venue URLs; the README shows the keys.
     */
    public static final String EXAMPLE = """
            {
              "exchanges": {},
              "watchlist": [
                {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"}
              ],
              "scheduler": {
                "backfill_every": "15m",
                "backfill_jitter": "2m",
                "gap_repair_every": "6h",
                "gap_repair_jitter": "15m",
                "backfill_history": "30d"
              }
            }
            """;

    private UserConfigFile() {
    }

    /** {@code config.json} in the directory of {@code databaseFile}. */
    public static Path besideDatabase(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(FILE_NAME) : parent.resolve(FILE_NAME);
    }

    /** The configuration in {@code file}, or {@link UserConfig#defaults()} when there is no such file. */
    public static UserConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return UserConfig.defaults();
        } catch (CharacterCodingException e) {
            throw new ConfigFileException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ConfigFileException(file, "cannot read: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /** Reads {@code text} as if it were the content of {@code file}; errors name {@code file}. */
    public static UserConfig parse(Path file, String text) {
        return UserConfigReader.read(LocatedJson.parse(file, text));
    }

    /** Writes {@link #EXAMPLE} to {@code file}; refuses if the file exists, so the user's settings are never lost. */
    public static void writeExample(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, EXAMPLE, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigFileException(file, 0, "", "already exists; it was left as it is");
        } catch (IOException e) {
            throw new ConfigFileException(file, "cannot write: " + e.getMessage(), e);
        }
    }
}
