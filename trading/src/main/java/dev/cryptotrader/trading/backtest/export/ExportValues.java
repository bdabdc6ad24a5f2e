package dev.cryptotrader.trading.backtest.export;

import java.math.BigDecimal;
import java.time.Instant;

/** How exported values are spelled: plain decimals (never exponents), ISO-8601 UTC times, CSV quoting. */
final class ExportValues {

    private ExportValues() {
    }

    /** The shortest decimal that reads back as {@code x}, without an exponent; "" for NaN and ±∞ (undefined). */
    static String decimal(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        String s = Double.toString(x);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** Epoch ms as ISO-8601 UTC, e.g. {@code 2024-03-01T04:00:00Z}. */
    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line break; null is empty. */
    static String csv(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
