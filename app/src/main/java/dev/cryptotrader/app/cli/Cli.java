package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.importing.ImportException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Runs one command line. Exit codes: 0 ok, 2 bad usage or bad input, 1 any other failure. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new CryptotraderCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler((ex, argv) -> {
            err.println("error: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            }
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("error: " + describe(ex));
            err.flush();
            return isBadInput(ex) ? BAD_INPUT : FAILURE;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof BadInputException || ex instanceof ImportException
                || ex instanceof IllegalArgumentException || ex instanceof CommandLine.ParameterException;
    }

    private static String describe(Throwable ex) {
        if (isBadInput(ex) || ex.getMessage() != null && ex.getCause() == null) {
            return ex.getMessage();
        }
        // An unexpected failure: name its type so it can be reported, without a wall of stack trace.
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return ex.getMessage() + (root != ex ? " (cause: " + root + ")" : "");
    }
}
