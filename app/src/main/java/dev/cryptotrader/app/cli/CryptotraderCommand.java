package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.config.ConfigFileException;
import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.storage.DataDirectory;
import dev.cryptotrader.trading.config.UserConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Files;
import java.nio.file.Path;

/** The top command. {@code --db} and {@code --json} are inherited, so they are accepted anywhere on the line. */
@Command(name = "cryptotrader",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // every subcommand gets --help and --version too
        versionProvider = VersionProvider.class,
        description = "Crypto trading workstation. With no command it opens the desktop app.",
        subcommands = {ImportCommand.class, SeriesCommand.class, CandlesCommand.class, GapsCommand.class,
                ResampleCommand.class, BackfillCommand.class, RepairGapsCommand.class, StreamCommand.class,
                SymbolsCommand.class, StatusCommand.class, JobsCommand.class, ConfigCommand.class, DemoCommand.class,
                ScreenshotCommand.class, BacktestCommand.class, WalkForwardCommand.class, SweepCommand.class,
                LookaheadCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class CryptotraderCommand implements Runnable {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "SQLite database file (default: $XDG_DATA_HOME/cryptotrader/cryptotrader.db, "
                    + "else ~/.local/share/cryptotrader/cryptotrader.db)")
    Path db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable JSON on stdout.")
    boolean json;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "User config file (default: config.json beside the database)")
    Path config;

    private UserConfig userConfig; // read on first use, so commands that do not need it never fail on it

    @Override
    public void run() {
        // Reached only when a command line has options but no subcommand, e.g. `cryptotrader --db x`.
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a command (see --help); with no arguments at all the desktop app opens");
    }

    public Path db() {
        return db;
    }

    public boolean json() {
        return json;
    }

    /** {@code --db}, else the per-user default. */
    public Path databasePath() {
        return db != null ? db : DataDirectory.defaultDatabase(System.getenv(), System.getProperty("user.home"));
    }

    /** {@code --config}, else {@code config.json} beside the database. */
    public Path configPath() {
        return config != null ? config : UserConfigFile.besideDatabase(databasePath());
    }

    /**
     * The user's configuration: the defaults when the default file does not exist, an error when a file named with
     * {@code --config} does not (a typo there must not silently mean "no settings"), or a broken file.
     */
    public UserConfig userConfig() {
        if (userConfig == null) {
            if (config != null && !Files.exists(config)) {
                throw new ConfigFileException(config, 0, "", "no such file");
            }
            userConfig = UserConfigFile.load(configPath());
        }
        return userConfig;
    }
}
