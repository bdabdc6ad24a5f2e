package dev.cryptotrader.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code --from}/{@code --to}: ISO-8601 in UTC ({@code 2024-01-31}, {@code 2024-01-31T16:00:00Z},
 * {@code 2024-01-31T16:00}) or epoch milliseconds. Returns epoch milliseconds.
 */
public final class TimeArgument implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        return parse(value);
    }

    public static long parse(String value) {
        String v = value.trim();
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(v);
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.parse(v.toUpperCase()).toEpochMilli();
            }
            if (v.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(v).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value
                    + "' is not a time: use 2024-01-31, 2024-01-31T16:00:00Z or epoch milliseconds");
        }
    }
}
