package dev.cryptotrader.trading.projection;

import java.util.Objects;

/**
 * A trade planned on the chart (by hand now, from a signal later): where it enters, where it is stopped out, where it
 * takes profit, and the bar it was made on (its open time in epoch ms), where the chart starts drawing it. Prices
 * are doubles: an idea is a drawing dragged with the mouse, not an order.
 */
public record TradeIdea(long openTime, double entry, double stop, double target) {

    /** Default stop distance in ATRs. */
    public static final double STOP_ATRS = 1.5;
    /** Default target distance in ATRs: twice the stop's, so a new idea starts at R:R 2. */
    public static final double TARGET_ATRS = 3.0;

    /**
     * An idea entering at {@code entry} with the stop {@value #STOP_ATRS} ATRs away and the target
     * {@value #TARGET_ATRS} ATRs away on the side's side.
     */
    public static TradeIdea around(long openTime, double entry, double atr, IdeaSide side) {
        Objects.requireNonNull(side, "side");
        if (!(atr > 0) || Double.isInfinite(atr)) {
            throw new IllegalArgumentException("ATR must be a positive number, not " + atr);
        }
        double sign = side == IdeaSide.LONG ? 1 : -1;
        double stop = entry - sign * STOP_ATRS * atr;
        double target = entry + sign * TARGET_ATRS * atr;
        if (stop <= 0 || target <= 0) { // a short with a huge ATR; keep prices positive
            stop = side == IdeaSide.LONG ? entry / 2 : stop;
            target = side == IdeaSide.SHORT ? entry / 2 : target;
        }
        return new TradeIdea(openTime, entry, stop, target);
    }

    public double level(IdeaLevel level) {
        return switch (level) {
            case ENTRY -> entry;
            case STOP -> stop;
            case TARGET -> target;
        };
    }

    public TradeIdea with(IdeaLevel level, double price) {
        return switch (level) {
            case ENTRY -> new TradeIdea(openTime, price, stop, target);
            case STOP -> new TradeIdea(openTime, entry, price, target);
            case TARGET -> new TradeIdea(openTime, entry, stop, price);
        };
    }

    public RiskReward riskReward() {
        return RiskReward.of(entry, stop, target);
    }
}
