package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.backfill.BackfillProgress;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;

import java.text.NumberFormat;
import java.util.Locale;

/** The words the status bar uses for a backfill. */
final class BackfillText {

    private BackfillText() {
    }

    static String title(SeriesKey key) {
        return "Backfill " + key;
    }

    /** "12,000 bars · page 12 · 40%". */
    static String progress(BackfillProgress p) {
        return count(p.barsFetched()) + " bars · page " + p.pages() + " · " + Math.round(p.fraction() * 100) + "%";
    }

    static String completed(BackfillResult r) {
        if (r.wasUpToDate()) {
            return r.key() + " is already up to date";
        }
        String updated = r.updated() > 0 ? ", " + count(r.updated()) + " updated" : "";
        return "backfilled " + r.key() + ": " + count(r.inserted()) + " new bars" + updated;
    }

    static String cancelled(BackfillResult r) {
        return "cancelled " + r.key() + " after " + count(r.pages()) + (r.pages() == 1 ? " page" : " pages") + " ("
                + count(r.inserted()) + " new bars stored); run again to resume";
    }

    static String cancelledBeforeStart(SeriesKey key) {
        return "cancelled " + key + " before it started";
    }

    static String failed(SeriesKey key, Exception e) {
        return "backfill of " + key + " failed: " + reason(e) + " (pages stored so far stay; run again to resume)";
    }

    /** A failure in words; a venue's failure without the "binance: " its message starts with, as ours names it. */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ExchangeException venue && message.startsWith(venue.exchange() + ": ")) {
            return message.substring(venue.exchange().id().length() + 2);
        }
        return message;
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }
}
