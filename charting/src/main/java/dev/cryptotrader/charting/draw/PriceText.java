package dev.cryptotrader.charting.draw;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prices on labels: two decimals from 1 up, more for small coins, never scientific notation. */
final class PriceText {

    private PriceText() {
    }

    static String format(double price) {
        int decimals = price >= 1 ? 2 : Math.min(10, 2 + (int) Math.ceil(-Math.log10(Math.max(price, 1e-10))));
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(price);
    }
}
