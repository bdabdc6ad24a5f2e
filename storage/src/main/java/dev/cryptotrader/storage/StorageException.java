package dev.cryptotrader.storage;

/** A database failure the caller cannot fix by changing its input (I/O, a locked or corrupt file, a bug in SQL). */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
