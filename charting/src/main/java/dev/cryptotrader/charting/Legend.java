package dev.cryptotrader.charting;

import java.text.DecimalFormat;

/** The text in the chart's top-left corner: the series label and the OHLC of the newest bar in view. */
final class Legend {

    private Legend() {
    }

    static String text(String label, OhlcvColumns c, int bar) {
        if (bar < 0 || bar >= c.size()) {
            return label;
        }
        double open = c.open()[bar];
        double close = c.close()[bar];
        DecimalFormat f = PriceFormatter.formatWithDecimals(decimals(c.high()[bar]));
        double change = open == 0 ? 0 : (close - open) / open * 100;
        return String.format("%s    O %s   H %s   L %s   C %s   %+.2f%%", label, f.format(open),
                f.format(c.high()[bar]), f.format(c.low()[bar]), f.format(close), change);
    }

    /** Two decimals for prices above 1, more for small coins. */
    static int decimals(double price) {
        if (price >= 1) {
            return 2;
        }
        return Math.min(8, 2 + (int) Math.ceil(-Math.log10(Math.max(price, 1e-8))));
    }
}
