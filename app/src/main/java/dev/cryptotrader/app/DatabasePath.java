package dev.cryptotrader.app;

import jakarta.inject.Qualifier;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks the injected path of the SQLite database file. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
public @interface DatabasePath {
}
