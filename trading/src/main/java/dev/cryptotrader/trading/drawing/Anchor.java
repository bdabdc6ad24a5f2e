package dev.cryptotrader.trading.drawing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A point a drawing is pinned to: a moment (UTC epoch milliseconds) and an exact price. Times are not tied to a bar,
 * so a drawing keeps its place on every timeframe; the price is in canonical form (see {@link ChartPrices}).
 */
public record Anchor(long time, BigDecimal price) {

    /** 2200-01-01T00:00Z: room for lines projected far into the future, and a bound that catches unit mistakes. */
    public static final long MAX_TIME = 7_258_118_400_000L;

    public Anchor {
        if (time < 0 || time > MAX_TIME) {
            throw new IllegalArgumentException("anchor time " + time + " is outside 1970-01-01..2200-01-01 "
                    + "(epoch milliseconds expected)");
        }
        price = ChartPrices.check(price, "anchor price");
    }

    public static Anchor of(long time, String price) {
        return new Anchor(time, new BigDecimal(price));
    }

    /** This point shifted by {@code deltaTime} ms and {@code deltaPrice}; refused if it would leave the chart. */
    public Anchor movedBy(long deltaTime, BigDecimal deltaPrice) {
        return new Anchor(Math.addExact(time, deltaTime), price.add(deltaPrice));
    }

    @Override
    public String toString() {
        return "(" + time + ", " + price.toPlainString() + ")";
    }
}
