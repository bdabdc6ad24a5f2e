package dev.cryptotrader.trading.projection;

import java.util.Locale;

/**
 * What a trade idea risks against what it may gain. The side is inferred from the stop: below the entry is a long,
 * above it a short. The target must then lie on the other side of the entry; when it does not (or a level is not a
 * positive price, or the stop equals the entry) there is no meaningful ratio, and the result says why instead of
 * showing a wrong one.
 */
public sealed interface RiskReward {

    /** What a chart shows beside the idea: the ratio and both distances, or the reason there is none. */
    String text();

    static RiskReward of(double entry, double stop, double target) {
        if (!(entry > 0) || !(stop > 0) || !(target > 0) || Double.isInfinite(entry) || Double.isInfinite(stop)
                || Double.isInfinite(target)) {
            return new Invalid("Entry, stop and target must be positive prices");
        }
        if (stop == entry) {
            return new Invalid("Stop equals entry: move the stop below entry (long) or above it (short)");
        }
        IdeaSide side = stop < entry ? IdeaSide.LONG : IdeaSide.SHORT;
        boolean targetBeyondEntry = side == IdeaSide.LONG ? target > entry : target < entry;
        if (!targetBeyondEntry) {
            return new Invalid(side == IdeaSide.LONG
                    ? "Invalid: stop below entry means long, so the target must be above entry"
                    : "Invalid: stop above entry means short, so the target must be below entry");
        }
        double risk = Math.abs(entry - stop);
        double reward = Math.abs(target - entry);
        return new Valid(side, reward / risk, 100 * risk / entry, 100 * reward / entry);
    }

    /**
     * A usable idea.
     *
     * @param ratio          reward divided by risk
     * @param riskPercent    the distance from entry to stop, in percent of the entry
     * @param rewardPercent  the distance from entry to target, in percent of the entry
     */
    record Valid(IdeaSide side, double ratio, double riskPercent, double rewardPercent) implements RiskReward {

        /** {@code Long · R:R 2.35 · risk 1.2% · reward 2.8%}. */
        @Override
        public String text() {
            return String.format(Locale.ROOT, "%s · R:R %.2f · risk %s%% · reward %s%%",
                    side == IdeaSide.LONG ? "Long" : "Short", ratio, percent(riskPercent), percent(rewardPercent));
        }

        /** One decimal, or two below 1% (a 0.35% stop is common on minute charts). */
        private static String percent(double value) {
            return String.format(Locale.ROOT, value < 1 ? "%.2f" : "%.1f", value);
        }
    }

    /** No ratio: {@code reason} says what is wrong with the levels. */
    record Invalid(String reason) implements RiskReward {

        @Override
        public String text() {
            return reason;
        }
    }
}
