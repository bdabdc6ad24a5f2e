package dev.cryptotrader.trading.backtest.walkforward;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a walk-forward window is: a number of bars, or a span of time turned into bars with the tape's bar length
 * (the span must hold a whole number of bars). Time counts bars, not the calendar: a tape with missing bars covers a
 * little more time per window than the span says.
 */
public sealed interface WindowLength {

    /** The window in bars of {@code barMillis} ms; {@code what} names the window in errors ("train window"). */
    int toBars(long barMillis, String what);

    record Bars(int count) implements WindowLength {
        public Bars {
            if (count <= 0) {
                throw new IllegalArgumentException("a window must be at least 1 bar, was " + count);
            }
        }

        @Override
        public int toBars(long barMillis, String what) {
            return count;
        }

        @Override
        public String toString() {
            return count + (count == 1 ? " bar" : " bars");
        }
    }

    record Time(Duration duration) implements WindowLength {
        public Time {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a window must last longer than 0, was " + duration);
            }
        }

        @Override
        public int toBars(long barMillis, String what) {
            long millis = duration.toMillis();
            if (millis % barMillis != 0) {
                throw new IllegalArgumentException(what + " of " + duration + " is not a whole number of "
                        + Duration.ofMillis(barMillis) + " bars (" + (double) millis / barMillis + ")");
            }
            long bars = millis / barMillis;
            if (bars > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " of " + duration + " is " + bars + " bars, too many");
            }
            return (int) bars;
        }

        @Override
        public String toString() {
            return duration.toString();
        }
    }

    static WindowLength bars(int count) {
        return new Bars(count);
    }

    static WindowLength of(Duration duration) {
        return new Time(duration);
    }

    /**
     * From text: {@code 500} or {@code 500 bars}; a span {@code 90d}, {@code 12h}, {@code 30m}, {@code 2w}; or ISO-8601
     * ({@code P30D}, {@code PT4H}).
     */
    static WindowLength parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = Pattern.compile("(\\d+)\\s*(bars?|b|w|d|h|m)?").matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "bars" : m.group(2);
            return switch (unit) {
                case "w" -> of(Duration.ofDays(7 * n));
                case "d" -> of(Duration.ofDays(n));
                case "h" -> of(Duration.ofHours(n));
                case "m" -> of(Duration.ofMinutes(n));
                default -> {
                    if (n > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("window of " + n + " bars is too long");
                    }
                    yield bars((int) n);
                }
            };
        }
        try {
            return of(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("cannot read window '" + text
                    + "': give bars (500) or a span (90d, 12h, 30m, 2w, P30D)");
        }
    }
}
