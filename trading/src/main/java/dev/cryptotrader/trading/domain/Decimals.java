package dev.cryptotrader.trading.domain;

import java.math.BigDecimal;

/**
 * Fixed-point helpers. A value is stored as a {@code long} mantissa and a per-series decimal scale:
 * {@code value = mantissa / 10^scale}. This is exact for every decimal the exchanges publish and is far faster to store
 * and read than text.
 */
public final class Decimals {

    /** More decimals than any exchange publishes; keeps 10^scale inside a long. */
    public static final int MAX_SCALE = 18;

    private static final long[] POW10 = new long[MAX_SCALE + 1];
    private static final double[] POW10_DOUBLE = new double[MAX_SCALE + 1];

    static {
        long p = 1;
        for (int i = 0; i <= MAX_SCALE; i++) {
            POW10[i] = p;
            POW10_DOUBLE[i] = p; // exact: every 10^i up to 10^22 is a double
            p *= 10;
        }
    }

    private Decimals() {
    }

    /** The smallest scale at which {@code value} is exact (0 for whole numbers). */
    public static int scaleOf(BigDecimal value) {
        int scale = value.stripTrailingZeros().scale();
        if (scale > MAX_SCALE) {
            throw new ArithmeticException("value " + value.toPlainString() + " has more than " + MAX_SCALE + " decimals");
        }
        return Math.max(scale, 0);
    }

    /** The exact mantissa of {@code value} at {@code scale}; throws if it does not fit in a long. */
    public static long mantissa(BigDecimal value, int scale) {
        try {
            return value.setScale(scale).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new ArithmeticException("value " + value.toPlainString() + " does not fit " + scale
                    + " decimals in 64 bits");
        }
    }

    public static BigDecimal toBigDecimal(long mantissa, int scale) {
        return BigDecimal.valueOf(mantissa, scale);
    }

    /** Nearest double; the division by an exact power of ten is correctly rounded. */
    public static double toDouble(long mantissa, int scale) {
        return mantissa / POW10_DOUBLE[scale];
    }

    /** Multiplies a mantissa to a larger scale; throws on overflow rather than silently wrapping. */
    public static long rescale(long mantissa, int fromScale, int toScale) {
        if (toScale < fromScale) {
            throw new IllegalArgumentException("rescale only widens: " + fromScale + " -> " + toScale);
        }
        return Math.multiplyExact(mantissa, POW10[toScale - fromScale]);
    }

    public static long pow10(int exponent) {
        return POW10[exponent];
    }
}
