package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Decimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses one field's text into an exact decimal or an epoch-millisecond time, or throws a {@link RowProblem}. */
final class Values {

    // Epoch numbers are told apart by magnitude: 1e11 s is the year 5138, 1e11 ms is 1973.
    private static final long SECONDS_BELOW = 100_000_000_000L;
    private static final long MILLIS_BELOW = 100_000_000_000_000L;
    private static final long MICROS_BELOW = 100_000_000_000_000_000L;
    private static final int MAX_INTEGER_DIGITS = 18;
    /** Digits a long holds whatever they are: the plain route's limit. */
    private static final int MAX_PLAIN_DIGITS = 18;

    private Values() {
    }

    /** The exact value of {@code text} (never through double). */
    static BigDecimal decimal(String text, String column) {
        if (text == null || text.isEmpty()) {
            throw new RowProblem("column '" + column + "' is empty");
        }
        BigDecimal value = plainDecimal(text);
        if (value == null) {
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new RowProblem("column '" + column + "' is not a number: '" + shorten(text) + "'");
            }
        }
        if (value.scale() > Decimals.MAX_SCALE && value.stripTrailingZeros().scale() > Decimals.MAX_SCALE) {
            throw new RowProblem("column '" + column + "' has more than " + Decimals.MAX_SCALE + " decimals: '"
                    + shorten(text) + "'");
        }
        // Checked before anything widens it: '1e999999' would otherwise expand into a huge integer.
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new RowProblem("column '" + column + "' is too large: '" + shorten(text) + "'");
        }
        return value;
    }

    /**
     * {@code new BigDecimal(text)} for the way exchanges write prices and volumes ({@code 91234.56000000}, {@code -0.5},
     * {@code 42}: an optional minus, digits, at most one point, at most 18 digits in all), or null for anything else,
     * which takes the general route. The same value and scale, without the char array the general parser copies the
     * text into: a live stream parses five decimals a message, a thousand messages a second.
     */
    static BigDecimal plainDecimal(String text) {
        int n = text.length();
        boolean negative = n > 0 && text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_PLAIN_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        int scale = point < 0 ? 0 : n - 1 - point;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    /**
     * Epoch seconds, milliseconds, microseconds or nanoseconds (told apart by magnitude), or ISO-8601: a date
     * ({@code 2016-05-18}, midnight UTC) or a date-time with {@code Z} or an offset. A date-time without a zone is
     * read as UTC, which is what exchanges and data vendors write.
     */
    static long epochMillis(String text, String column) {
        if (text == null || text.isEmpty()) {
            throw new RowProblem("column '" + column + "' is empty");
        }
        if (isInteger(text)) {
            try {
                return fromEpochNumber(Long.parseLong(text), text, column);
            } catch (NumberFormatException e) {
                throw notATime(text, column);
            }
        }
        if (text.length() >= 10 && text.charAt(4) == '-') {
            return fromIso(text, column);
        }
        return fromDecimalSeconds(text, column);
    }

    private static boolean isInteger(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 19) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long fromEpochNumber(long value, String text, String column) {
        long magnitude = Math.abs(value);
        if (magnitude < SECONDS_BELOW) {
            return value * 1000;
        }
        if (magnitude < MILLIS_BELOW) {
            return value;
        }
        long perMilli = magnitude < MICROS_BELOW ? 1_000L : 1_000_000L;
        if (value % perMilli != 0) {
            throw new RowProblem("column '" + column + "' has a time finer than a millisecond: '" + text + "'");
        }
        return value / perMilli;
    }

    private static long fromIso(String text, String column) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            String t = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            if (hasZone(t)) {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw notATime(text, column);
        }
    }

    // A zone follows the time part: 'Z', or '+hh:mm' / '-hh:mm' after the 'T'.
    private static boolean hasZone(String t) {
        for (int i = 11; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static long fromDecimalSeconds(String text, String column) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw notATime(text, column);
        }
        if (seconds.precision() - seconds.scale() > 12 || seconds.abs().compareTo(BigDecimal.valueOf(SECONDS_BELOW)) >= 0) {
            throw new RowProblem("column '" + column + "' has a fractional time that is not epoch seconds: '"
                    + shorten(text) + "'");
        }
        BigDecimal millis = seconds.movePointRight(3);
        if (millis.scale() > 0 && millis.stripTrailingZeros().scale() > 0) {
            throw new RowProblem("column '" + column + "' has a time finer than a millisecond: '" + shorten(text) + "'");
        }
        return millis.longValueExact();
    }

    private static RowProblem notATime(String text, String column) {
        return new RowProblem("column '" + column + "' is not a time: '" + shorten(text)
                + "' (expected epoch seconds or milliseconds, or ISO-8601 like 2016-05-18T04:00:00Z)");
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
