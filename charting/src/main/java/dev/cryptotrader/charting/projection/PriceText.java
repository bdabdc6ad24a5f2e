package dev.cryptotrader.charting.projection;

import java.util.Locale;

/** Prices on projection tags: two decimals from 1 up, more below (so 0.000123 does not read as 0.00). */
final class PriceText {

    private PriceText() {
    }

    static String of(double price) {
        double magnitude = Math.abs(price);
        int decimals = magnitude >= 1 || magnitude == 0 ? 2
                : Math.min(10, 2 + (int) Math.ceil(-Math.log10(magnitude)));
        return String.format(Locale.ROOT, "%,." + decimals + "f", price);
    }
}
