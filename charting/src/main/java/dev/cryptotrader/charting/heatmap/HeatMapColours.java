package dev.cryptotrader.charting.heatmap;

import javafx.scene.paint.Color;

/**
 * Maps a metric value to a colour from bad through middling to good. When the values straddle zero (a return, a net
 * profit) zero is the middle colour, so "lost money" is red however small the loss; otherwise the middle of the range
 * is. Where lower is better (drawdown) the scale is turned round.
 */
final class HeatMapColours {

    private final Color bad;
    private final Color middle;
    private final Color good;

    HeatMapColours(Color bad, Color middle, Color good) {
        this.bad = bad;
        this.middle = middle;
        this.good = good;
    }

    /** Position of {@code v} on the scale, 0 (worst) to 1 (best), given the data's range; NaN for NaN. */
    static double position(double v, double low, double high, boolean higherIsBetter) {
        if (Double.isNaN(v) || Double.isNaN(low)) {
            return Double.NaN;
        }
        double t;
        if (low < 0 && high > 0) {
            t = v < 0 ? 0.5 - 0.5 * (v / low) : 0.5 + 0.5 * (v / high);
        } else if (high > low) {
            t = (v - low) / (high - low);
        } else {
            t = 0.5;
        }
        t = Math.max(0, Math.min(1, t));
        return higherIsBetter ? t : 1 - t;
    }

    /** The value at which the scale passes its middle colour: zero for straddling data, else the range's middle. */
    static double middleValue(double low, double high) {
        return low < 0 && high > 0 ? 0 : (low + high) / 2;
    }

    Color at(double position) {
        if (Double.isNaN(position)) {
            return Color.TRANSPARENT;
        }
        return position < 0.5 ? bad.interpolate(middle, position * 2) : middle.interpolate(good, position * 2 - 1);
    }
}
