package dev.cryptotrader.charting.equity;

/**
 * The span of time in view, in epoch seconds, inside the span of the data: zoom around a point, pan, reset to all.
 * It never zooms in past {@link #MIN_FRACTION} of the data, nor pans outside it.
 */
final class TimeWindow {

    static final double MIN_FRACTION = 0.002;

    private double fullFrom;
    private double fullTo;
    private double from;
    private double to;

    /** Shows all of {@code [fromSeconds, toSeconds]}. */
    void setData(double fromSeconds, double toSeconds) {
        fullFrom = fromSeconds;
        fullTo = toSeconds > fromSeconds ? toSeconds : fromSeconds + 1;
        reset();
    }

    void reset() {
        from = fullFrom;
        to = fullTo;
    }

    /** {@code factor} above 1 zooms in, keeping {@code anchor} (seconds) at the same place on screen. */
    void zoom(double factor, double anchor) {
        double span = (to - from) / factor;
        double fullSpan = fullTo - fullFrom;
        span = Math.max(fullSpan * MIN_FRACTION, Math.min(fullSpan, span));
        double share = to > from ? (anchor - from) / (to - from) : 0.5;
        share = Math.max(0, Math.min(1, share));
        from = anchor - share * span;
        to = from + span;
        clamp();
    }

    /** Moves the view by {@code seconds} (positive: later). */
    void pan(double seconds) {
        from += seconds;
        to += seconds;
        clamp();
    }

    private void clamp() {
        double span = to - from;
        if (from < fullFrom) {
            from = fullFrom;
            to = from + span;
        }
        if (to > fullTo) {
            to = fullTo;
            from = Math.max(fullFrom, to - span);
        }
    }

    double from() {
        return from;
    }

    double to() {
        return to;
    }

    boolean isZoomed() {
        return from > fullFrom || to < fullTo;
    }
}
