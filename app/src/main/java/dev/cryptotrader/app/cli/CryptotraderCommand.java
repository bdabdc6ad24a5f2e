package dev.cryptotrader.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** The top command. {@code --db} and {@code --json} are inherited, so they are accepted anywhere on the line. */
@Command(name = "cryptotrader",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT, // every subcommand gets --help and --version too
        versionProvider = VersionProvider.class,
        description = "Crypto trading workstation. With no command it opens the desktop app.",
        subcommands = {ImportCommand.class, SeriesCommand.class, CandlesCommand.class, GapsCommand.class,
                ResampleCommand.class, DemoCommand.class, ScreenshotCommand.class,
                picocli.CommandLine.HelpCommand.class})
public final class CryptotraderCommand implements Runnable {

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "SQLite database file (default: $XDG_DATA_HOME/cryptotrader/cryptotrader.db, "
                    + "else ~/.local/share/cryptotrader/cryptotrader.db)")
    Path db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable JSON on stdout.")
    boolean json;

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
}
