package dev.cryptotrader.charting.projection;

import java.util.Objects;

/**
 * A forecast cone ready to draw: point {@code k} (0..n) lies {@code k} bar steps after {@code startTime} (epoch ms,
 * the open time of the latest bar), with its ±1σ and ±2σ prices. The maths lives with whoever computes it; the chart
 * only draws the four bands and the centre line.
 */
public record ConeGeometry(long startTime, long stepMillis, double centre, double[] upper1, double[] lower1,
                           double[] upper2, double[] lower2) {

    public ConeGeometry {
        Objects.requireNonNull(upper1, "upper1");
        int n = upper1.length;
        if (n < 2 || lower1.length != n || upper2.length != n || lower2.length != n) {
            throw new IllegalArgumentException("a cone needs four bands of the same length (at least 2 points)");
        }
        if (stepMillis <= 0) {
            throw new IllegalArgumentException("the bar step must be positive, not " + stepMillis);
        }
    }

    /** The number of points per band (bars ahead + 1). */
    public int points() {
        return upper1.length;
    }

    /** Open time of point {@code k}. */
    public long time(int k) {
        return startTime + k * stepMillis;
    }
}
