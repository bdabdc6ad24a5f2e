package dev.cryptotrader.app.cli;

/** A user mistake (bad argument, bad file): exit code 2, message on stderr, no stack trace. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
