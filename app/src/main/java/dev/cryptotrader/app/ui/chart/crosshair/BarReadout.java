package dev.cryptotrader.app.ui.chart.crosshair;

import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.OhlcvColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the readout says about one bar, as text: its UTC time, open, high, low, close, volume, the change from the
 * previous close (absolute and in percent) and the items of every {@link ReadoutSource}. Pure, so it is tested
 * without a screen.
 */
public record BarReadout(String time, String open, String high, String low, String close, String volume,
                         String change, int changeSign, boolean up, List<ReadoutSource.Item> items) {

    private static final Logger LOG = LoggerFactory.getLogger(BarReadout.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** The readout of bar {@code bar} of {@code c}; null when there is no such bar. */
    public static BarReadout of(OhlcvColumns c, int bar, List<ReadoutSource> sources) {
        if (bar < 0 || bar >= c.size()) {
            return null;
        }
        double close = c.close()[bar];
        DecimalFormat price = decimals(priceDecimals(c.high()[bar]));
        String change = "";
        int sign = 0;
        if (bar > 0) {
            double previous = c.close()[bar - 1];
            double diff = close - previous;
            sign = diff > 0 ? 1 : diff < 0 ? -1 : 0;
            String pct = previous == 0 ? "" : String.format(Locale.ROOT, " (%+.2f%%)", diff / previous * 100);
            change = (diff > 0 ? "+" : diff < 0 ? "−" : "") + price.format(Math.abs(diff)) + pct.replace('-', '−');
        }
        return new BarReadout(TIME.format(Instant.ofEpochMilli(c.openTime()[bar])), price.format(c.open()[bar]),
                price.format(c.high()[bar]), price.format(c.low()[bar]), price.format(close),
                volume(c.volume()[bar]), change, sign, close >= c.open()[bar], items(sources, bar));
    }

    /** OHLCV and change on one line, as the tests and the accessible text read it. */
    public String ohlcvLine() {
        return "O " + open + "  H " + high + "  L " + low + "  C " + close + "  V " + volume
                + (change.isEmpty() ? "" : "  " + change);
    }

    private static List<ReadoutSource.Item> items(List<ReadoutSource> sources, int bar) {
        List<ReadoutSource.Item> items = new ArrayList<>();
        for (ReadoutSource s : sources) {
            try {
                items.addAll(s.itemsAt(bar));
            } catch (RuntimeException e) {
                // One broken indicator must not take the readout (and the crosshair) down with it.
                LOG.warn("readout source {} failed at bar {}", s, bar, e);
            }
        }
        return List.copyOf(items);
    }

    /** Two decimals from 1 up, more for small coins (0.000123 gets six). */
    static int priceDecimals(double price) {
        if (price >= 1) {
            return 2;
        }
        return Math.min(8, 2 + (int) Math.ceil(-Math.log10(Math.max(price, 1e-8))));
    }

    /** Up to four decimals below a thousand, then K, M and B with two. */
    static String volume(double v) {
        double a = Math.abs(v);
        if (a < 1000) {
            return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }
        String[] units = {"K", "M", "B"};
        int u = a >= 1e9 ? 2 : a >= 1e6 ? 1 : 0;
        return decimals(2).format(v / Math.pow(1000, u + 1)) + units[u];
    }

    private static DecimalFormat decimals(int decimals) {
        return new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
