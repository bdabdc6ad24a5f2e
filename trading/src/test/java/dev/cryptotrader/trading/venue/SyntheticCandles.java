package dev.cryptotrader.trading.venue;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Candles for scenarios the recordings do not cover, and row surgery to make them bad in one specific way. */
public final class SyntheticCandles {

    /** 2024-01-01T00:00:00Z, a Monday: aligned for every timeframe. */
    public static final long T0 = 1_704_067_200_000L;
    public static final Timeframe TF = Timeframe.H1;
    /** A "now" long after every synthetic bar, so all of them are closed. */
    public static final long LATER = T0 + 365L * 86_400_000L;

    private SyntheticCandles() {
    }

    /** Bar {@code i} of an hourly series starting at {@link #T0}, with a few decimals of different lengths. */
    public static Candle bar(int i) {
        BigDecimal base = new BigDecimal("42000.5").add(BigDecimal.valueOf(i * 7L));
        return new Candle(T0 + i * TF.millis(), base, base.add(new BigDecimal("12.25")),
                base.subtract(new BigDecimal("8.125")), base.add(new BigDecimal("3.5")), new BigDecimal("1.23456789"));
    }

    public static List<Candle> bars(int... indices) {
        return IntStream.of(indices).mapToObj(SyntheticCandles::bar).toList();
    }

    /** A bar whose high is below its low. */
    public static Candle highBelowLow(int i) {
        Candle c = bar(i);
        return new Candle(c.openTime(), c.open(), c.low(), c.high(), c.close(), c.volume());
    }

    public static Candle at(long openTime) {
        Candle c = bar(0);
        return new Candle(openTime, c.open(), c.high(), c.low(), c.close(), c.volume());
    }

    /** The same JSON row without its last field. */
    public static String dropLastField(String row) {
        return "[" + String.join(",", Arrays.copyOf(cells(row), cells(row).length - 1)) + "]";
    }

    /** The same JSON row with the open price (index 1 for all three venues) replaced by a string that is no number. */
    public static String nonNumericOpen(String row) {
        String[] cells = cells(row);
        cells[1] = "\"abc\"";
        return "[" + String.join(",", cells) + "]";
    }

    public static String join(List<String> rows) {
        return rows.stream().collect(Collectors.joining(",", "[", "]"));
    }

    // Rows hold only numbers and plain strings, so commas split cells.
    private static String[] cells(String row) {
        return row.strip().substring(1, row.strip().length() - 1).split(",");
    }
}
