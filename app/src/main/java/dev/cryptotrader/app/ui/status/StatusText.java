package dev.cryptotrader.app.ui.status;

import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.charting.VisibleRange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words of the status bar. Times are UTC, always. */
public final class StatusText {

    private static final int DATE_LENGTH = "yyyy-MM-dd".length();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** Made once per thread: a NumberFormat is not thread-safe, and making one per live update costs more than using it. */
    private static final ThreadLocal<NumberFormat> COUNT =
            ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(Locale.ENGLISH));

    private StatusText() {
    }

    public static String series(SeriesKey key) {
        return key.exchange().id() + " · " + key.instrument().symbol() + " · " + key.timeframe().label();
    }

    public static String bars(ChartData data) {
        long total = data.series().barCount();
        if (data.complete()) {
            return count(data.columns().size()) + " bars"; // live bars may have come since the series was listed
        }
        return count(data.columns().size()) + " / " + count(total) + " bars";
    }

    /** The first bar's date and the newest bar's time: the minute a history starts at says little, and room is short. */
    public static String range(SeriesInfo info) {
        return utc(info.firstOpenTime()).substring(0, DATE_LENGTH) + " → " + utc(info.lastOpenTime()) + " UTC";
    }

    public static String view(VisibleRange r) {
        if (r == null || r.isEmpty()) {
            return "";
        }
        String from = utc(r.fromTime());
        String to = utc(r.toTime());
        // Within one day the date is said once: the status bar then fits a 1280-pixel window without cutting texts
        // short (a cut text is also re-measured on every change, a cost the FX thread pays with every live bar).
        String shownTo = to.regionMatches(0, from, 0, DATE_LENGTH) ? to.substring(DATE_LENGTH + 1) : to;
        return "view " + from + " → " + shownTo + " (" + count(r.barCount()) + " bars)";
    }

    public static String utc(long epochMillis) {
        return UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    private static String count(long n) {
        return COUNT.get().format(n);
    }
}
