package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;

import java.io.PrintWriter;

/** How the venue commands report a failed exchange call: what the venue did, then what it means for the store. */
final class ExchangeFailure {

    private ExchangeFailure() {
    }

    /** Prints the failure and returns exit code 1. */
    static int report(PrintWriter err, ExchangeException e, String consequence) {
        String cause = e.getCause() != null && e.getCause().getMessage() != null
                && !e.getMessage().contains(e.getCause().getMessage()) ? " (" + e.getCause().getMessage() + ")" : "";
        err.println("error: " + e.getMessage() + cause);
        if (consequence != null) {
            err.println(consequence);
        }
        err.flush();
        return Cli.FAILURE;
    }
}
