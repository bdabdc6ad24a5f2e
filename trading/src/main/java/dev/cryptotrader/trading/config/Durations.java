package dev.cryptotrader.trading.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations the way a person writes them in the config file and reads them in the CLI: {@code 90s}, {@code 15m},
 * {@code 6h}, {@code 30d}, {@code 1h30m}. ISO-8601 ({@code PT15M}) is read too.
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(?:\\d{1,9}(?:ms|s|m|h|d))+");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private static final String HOW = "write it like 90s, 15m, 6h, 30d or 1h30m";

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("duration is empty; " + HOW);
        }
        String t = text.trim();
        if (SHORT.matcher(t).matches()) {
            Duration total = Duration.ZERO;
            Matcher part = PART.matcher(t);
            while (part.find()) {
                total = total.plus(part(Long.parseLong(part.group(1)), part.group(2)));
            }
            return total;
        }
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("duration '" + text + "' is not understood; " + HOW);
    }

    private static Duration part(long n, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The shortest of the forms {@link #parse} reads that says exactly {@code d}: {@code 15m}, {@code 1h30m}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        StringBuilder s = new StringBuilder();
        append(s, d.toDaysPart(), "d");
        append(s, d.toHoursPart(), "h");
        append(s, d.toMinutesPart(), "m");
        append(s, d.toSecondsPart(), "s");
        append(s, d.toMillisPart(), "ms");
        return s.toString();
    }

    private static void append(StringBuilder s, long amount, String unit) {
        if (amount != 0) {
            s.append(amount).append(unit);
        }
    }
}
