package dev.cryptotrader.trading.drawing;

import dev.cryptotrader.trading.domain.Decimals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The checks on a price a user placed on a chart (a drawing's anchor, an alert's level), shared by drawings and
 * alerts. Chart prices are exact decimals: positive, at most {@link #MAX_PRICE}, with at most
 * {@link Decimals#MAX_SCALE} decimals, kept in one canonical form (no trailing zeros) so that 1.50 and 1.5 are the same
 * price and what is stored is what comes back.
 */
public final class ChartPrices {

    /** A thousand trillion: no pair trades near it, so anything above is a slip (a mis-pasted number), not a price. */
    public static final BigDecimal MAX_PRICE = BigDecimal.TEN.pow(15);

    private ChartPrices() {
    }

    /**
     * {@code price} in canonical form, or an {@link IllegalArgumentException} that starts with {@code what} and says
     * what is wrong, e.g. "the level -5 is not a positive price".
     */
    public static BigDecimal check(BigDecimal price, String what) {
        Objects.requireNonNull(price, what);
        if (price.signum() <= 0) {
            throw new IllegalArgumentException(what + " " + show(price) + " is not a positive price");
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            throw new IllegalArgumentException(what + " " + show(price) + " is above the largest price "
                    + MAX_PRICE.toPlainString());
        }
        BigDecimal canonical = price.stripTrailingZeros();
        if (canonical.scale() > Decimals.MAX_SCALE) {
            throw new IllegalArgumentException(what + " " + show(price) + " has more than "
                    + Decimals.MAX_SCALE + " decimals; round it to the instrument's tick first");
        }
        return canonical.scale() < 0 ? canonical.setScale(0) : canonical;
    }

    /** Plain digits, unless that would flood the message (1E+300 has 301 of them). */
    private static String show(BigDecimal price) {
        String plain = price.toPlainString();
        return plain.length() <= 40 ? plain : price.toString();
    }
}
