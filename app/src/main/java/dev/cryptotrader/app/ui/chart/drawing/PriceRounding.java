package dev.cryptotrader.app.ui.chart.drawing;

import dev.cryptotrader.charting.OhlcvColumns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns a price picked on the chart (a double from a pixel) into an exact decimal with as many decimals as the bars on
 * screen use, so a line drawn at 812.3456789 is stored as 812.35 on a pair quoted in cents, as a trader expects.
 * A price taken from a bar (the magnet) keeps its exact value, since it has no more decimals than the bars.
 */
public final class PriceRounding {

    private static final int SAMPLE = 200;
    private static final int MAX_DECIMALS = 12;
    private final int decimals;

    private PriceRounding(int decimals) {
        this.decimals = decimals;
    }

    public static PriceRounding decimals(int decimals) {
        return new PriceRounding(Math.max(0, Math.min(MAX_DECIMALS, decimals)));
    }

    /** The most decimals among the newest bars' prices; 8 without bars. */
    public static PriceRounding of(OhlcvColumns c) {
        if (c.isEmpty()) {
            return decimals(8);
        }
        int most = 0;
        for (int i = Math.max(0, c.size() - SAMPLE); i < c.size(); i++) {
            for (double v : new double[]{c.open()[i], c.high()[i], c.low()[i], c.close()[i]}) {
                most = Math.max(most, BigDecimal.valueOf(v).stripTrailingZeros().scale());
            }
        }
        return decimals(most);
    }

    public int decimals() {
        return decimals;
    }

    /** {@code price} rounded half-up; never below the smallest step, since chart prices are positive. */
    public BigDecimal round(double price) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("the price " + price + " is not a number");
        }
        BigDecimal rounded = BigDecimal.valueOf(price).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? rounded : BigDecimal.ONE.movePointLeft(decimals);
    }
}
