package dev.cryptotrader.charting.crosshair;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text of the crosshair's axis tags: values to about a thousandth of the visible range, times in UTC. */
public final class TagFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yy  HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private TagFormat() {
    }

    /** {@code value} with as many decimals as a range of {@code visibleRange} needs to tell a thousandth apart. */
    public static String value(double value, double visibleRange) {
        int decimals = visibleRange > 0 ? (int) Math.ceil(-Math.log10(visibleRange / 1000)) : 2;
        return decimals(Math.clamp(decimals, 0, 8)).format(value);
    }

    public static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Grouped thousands, a fixed number of decimals, never scientific. */
    public static DecimalFormat decimals(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }
}
