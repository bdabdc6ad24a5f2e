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
        return count(data.columns().size()) + " of " + count(total) + " bars loaded";
    }

    public static String range(SeriesInfo info) {
        return utc(info.firstOpenTime()) + " → " + utc(info.lastOpenTime()) + " UTC";
    }

    public static String view(VisibleRange r) {
        if (r == null || r.isEmpty()) {
            return "";
        }
        return "view " + utc(r.fromTime()) + " → " + utc(r.toTime()) + " (" + count(r.barCount()) + " bars)";
    }

    public static String utc(long epochMillis) {
        return UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    private static String count(long n) {
        return COUNT.get().format(n);
    }
}
