package dev.cryptotrader.app.config;

import java.nio.file.Path;

/**
 * The user's config file cannot be used. The message names the file, the line and the key, and says what is wrong:
 * {@code /home/u/.local/share/cryptotrader/config.json, line 9, watchlist[1].timeframe: timeframe '7m' is unknown}.
 * An {@link IllegalArgumentException}, so the CLI reports it as bad input (exit code 2).
 */
public final class ConfigFileException extends IllegalArgumentException {

    public ConfigFileException(Path file, int line, String key, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + (key.isEmpty() ? "" : ", " + key) + ": " + problem);
    }

    public ConfigFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
