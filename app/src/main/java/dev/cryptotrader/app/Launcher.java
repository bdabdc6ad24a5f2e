package dev.cryptotrader.app;

import dev.cryptotrader.app.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. It is deliberately not a JavaFX {@code Application}, so the classpath launch works and the
 * CLI never starts the FX toolkit. No arguments (or only {@code --db PATH}) opens the desktop app; anything else is a
 * CLI command.
 */
public final class Launcher {

    /** Set as early as possible so the startup-timing line measures from JVM start. */
    public static final long STARTED_NANOS = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensGui(args)) {
            GuiLauncher.launch(args);
            return;
        }
        // CLI output is data; engine chatter below WARN would only get in the way.
        System.setProperty("cryptotrader.log.level", System.getProperty("cryptotrader.log.level", "WARN"));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(Cli.run(args, out, err));
    }

    static boolean opensGui(String[] args) {
        return args.length == 0 || args.length == 2 && args[0].equals("--db")
                || args.length == 1 && args[0].startsWith("--db=");
    }
}
