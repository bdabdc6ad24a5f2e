package dev.cryptotrader.trading.venue;

/**
 * How much of one client-side budget is spent in its current window, for the CLI {@code status} command and the UI
 * rate-limit indicator.
 *
 * @param budget a name the user can read, e.g. {@code "binance request weight / 1 min"}
 * @param used   weight or requests spent in the current window (never more than {@code limit})
 * @param limit  what the venue allows per window
 */
public record RateLimitUsage(String budget, int used, int limit) {

    /** At or above this share of the budget the indicator turns to warning. */
    public static final double WARNING_AT = 0.70;
    /** At or above this share the indicator turns critical: the next burst will make requests wait. */
    public static final double CRITICAL_AT = 0.90;

    /** The traffic-light state of a budget. */
    public enum Level { OK, WARNING, CRITICAL }

    public RateLimitUsage {
        if (limit <= 0) {
            throw new IllegalArgumentException("budget '" + budget + "' has no positive limit: " + limit);
        }
        if (used < 0 || used > limit) {
            throw new IllegalArgumentException("budget '" + budget + "' used " + used + " is outside 0.." + limit);
        }
    }

    /** The spent share, 0.0 to 1.0. */
    public double fraction() {
        return (double) used / limit;
    }

    public Level level() {
        double f = fraction();
        return f >= CRITICAL_AT ? Level.CRITICAL : f >= WARNING_AT ? Level.WARNING : Level.OK;
    }
}
