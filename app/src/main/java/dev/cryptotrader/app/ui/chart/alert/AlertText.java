package dev.cryptotrader.app.ui.chart.alert;

import dev.cryptotrader.trading.alert.AlertTrigger;
import dev.cryptotrader.trading.alert.CrossDirection;
import dev.cryptotrader.trading.alert.PriceAlert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What the status bar and the alert tags say about an alert. */
public final class AlertText {

    private static final DateTimeFormatter BAR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private AlertText() {
    }

    /** "Alert: bitstamp BTC/USD crossed above 812.35 (1m bar 2013-11-27 14:05 UTC)". */
    public static String fired(PriceAlert alert) {
        AlertTrigger t = alert.trigger().orElseThrow();
        return "Alert: " + alert.symbol() + " crossed " + (t.direction() == CrossDirection.UP ? "above " : "below ")
                + alert.level().toPlainString() + " (" + t.timeframe().label() + " bar "
                + BAR.format(Instant.ofEpochMilli(t.barOpenTime())) + " UTC)";
    }

    /** The tag's words after the price: empty while armed, "fired ↑ 14:05" once triggered. */
    public static String tag(PriceAlert alert) {
        return alert.trigger().map(t -> "fired " + (t.direction() == CrossDirection.UP ? "▲ " : "▼ ")
                + BAR.format(Instant.ofEpochMilli(t.barOpenTime()))).orElse("");
    }
}
