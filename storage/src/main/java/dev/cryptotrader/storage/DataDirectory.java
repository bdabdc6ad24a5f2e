package dev.cryptotrader.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the application keeps its data, following the XDG base directory spec: {@code $XDG_DATA_HOME/cryptotrader},
 * else {@code ~/.local/share/cryptotrader}. Inputs are passed in, not read from the process, so tests can pin them.
 */
public record DataDirectory(Path root) {

    public static final String APP_NAME = "cryptotrader";
    public static final String DATABASE_FILE = "cryptotrader.db";

    public DataDirectory {
        Objects.requireNonNull(root, "root");
    }

    /** Resolves from an environment map and the user's home directory. */
    public static DataDirectory resolve(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        // The spec says a relative XDG path is invalid and must be ignored, as must an empty one.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataDirectory(Path.of(xdg).resolve(APP_NAME));
        }
        if (userHome == null || userHome.isBlank()) {
            throw new IllegalStateException("cannot locate the data directory: XDG_DATA_HOME and user.home are unset");
        }
        return new DataDirectory(Path.of(userHome, ".local", "share", APP_NAME));
    }

    /** The default database file for this environment and home: the one-call form the launchers use. */
    public static Path defaultDatabase(Map<String, String> env, String userHome) {
        return resolve(env, userHome).databaseFile();
    }

    /** Resolves from this process's environment and {@code user.home}. */
    public static DataDirectory ofCurrentUser() {
        return resolve(System.getenv(), System.getProperty("user.home"));
    }

    /** The default candle database; {@link SqliteCandleStore#open} creates missing parent directories. */
    public Path databaseFile() {
        return root.resolve(DATABASE_FILE);
    }
}
