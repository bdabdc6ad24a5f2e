package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.app.market.MarketDataHub.VenueBudget;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimitUsage.Level;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the rate-limit indicator shows: every client-side budget of every venue, and the fullest one, whose share is
 * the number in the status bar (one exhausted budget is what makes the app's requests wait, however idle the others
 * are). Pure, so it is tested without JavaFX.
 */
public record RateLimitSummary(List<VenueBudget> budgets) {

    /** Before the hub has opened: nothing can have been spent, so 0%. */
    public static final RateLimitSummary NOTHING_SPENT = new RateLimitSummary(List.of());

    public RateLimitSummary {
        budgets = List.copyOf(budgets);
    }

    /** The budget with the largest spent share; the first of equals, so the choice does not flicker. */
    public Optional<VenueBudget> fullest() {
        return budgets.stream().max(Comparator.comparingDouble(b -> b.usage().fraction()));
    }

    public int percent() {
        return fullest().map(b -> percent(b.usage())).orElse(0);
    }

    public double fraction() {
        return fullest().map(b -> b.usage().fraction()).orElse(0.0);
    }

    public Level level() {
        return fullest().map(b -> b.usage().level()).orElse(Level.OK);
    }

    /** The status-bar text, e.g. {@code API 12%}. */
    public String text() {
        return "API " + percent() + "%";
    }

    /** One sentence about the fullest budget, for the tooltip and screen readers. */
    public String headline() {
        return fullest().filter(b -> b.usage().used() > 0)
                .map(b -> "Fullest: " + b.usage().budget() + ", " + percent(b.usage()) + "% (" + label(level())
                        + ")")
                .orElse("No request weight spent in the current windows");
    }

    /**
     * Whole percent, rounded down: the number reaches 70 exactly when {@link RateLimitUsage#level()} turns to
     * warning, and 90 when it turns critical, so the text never contradicts the colour.
     */
    public static int percent(RateLimitUsage usage) {
        return (int) (100L * usage.used() / usage.limit());
    }

    /** {@code 4,300 / 6,000}. */
    public static String usedOfLimit(RateLimitUsage usage) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        return n.format(usage.used()) + " / " + n.format(usage.limit());
    }

    /** {@code ok}, {@code warning} or {@code critical}, as the CLI's {@code status} prints it. */
    public static String label(Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }
}
