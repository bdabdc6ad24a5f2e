package dev.cryptotrader.trading.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A venue name. The three we trade on have constants and their own symbol spelling; an imported series may carry any
 * other name ({@code coinbase}, {@code bitstamp}, ...).
 */
public record Exchange(String id) {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");

    public static final Exchange BITFINEX = new Exchange("bitfinex");
    public static final Exchange BINANCE = new Exchange("binance");
    public static final Exchange KUCOIN = new Exchange("kucoin");

    public Exchange {
        if (id == null || !VALID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "exchange name '" + id + "' is invalid: use 1-32 lowercase letters, digits, '.', '_' or '-'");
        }
    }

    /** Accepts any case ("Binance" and "binance" are one venue). */
    public static Exchange of(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("exchange name is empty");
        }
        return new Exchange(name.trim().toLowerCase(Locale.ROOT));
    }

    /** True for the venues that have market-data and execution adapters. */
    public boolean isTradable() {
        return equals(BITFINEX) || equals(BINANCE) || equals(KUCOIN);
    }

    @Override
    public String toString() {
        return id;
    }
}
