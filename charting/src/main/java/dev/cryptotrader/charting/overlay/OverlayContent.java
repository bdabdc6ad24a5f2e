package dev.cryptotrader.charting.overlay;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link OverlayRenderer} draws: lines, bands and a histogram of values per bar, with the open times of the
 * bars they were computed for (epoch millis; values and times share indices). Carrying their own times keeps overlays
 * in the right place while the chart already shows newer bars or more history and their recompute is under way.
 *
 * @param openTime bar open times; only the first {@code size} are read (the array may have spare room)
 * @param size     the number of bars; every value array has at least this many entries
 * @param levels   horizontal guide lines (RSI 30/70), in value units
 */
public record OverlayContent(long[] openTime, int size, List<Line> lines, List<Band> bands, Histogram histogram,
                             List<Double> levels) {

    /** Nothing to draw. */
    public static final OverlayContent EMPTY = new OverlayContent(new long[0], 0, List.of(), List.of(), null,
            List.of());

    public OverlayContent {
        Objects.requireNonNull(openTime, "openTime");
        lines = List.copyOf(lines);
        bands = List.copyOf(bands);
        levels = List.copyOf(levels);
        if (size < 0 || size > openTime.length) {
            throw new IllegalArgumentException("size " + size + " is outside the " + openTime.length + " times");
        }
        for (Line line : lines) {
            checkLength(line.name(), line.values(), size);
        }
        for (Band band : bands) {
            checkLength("band upper", band.upper(), size);
            checkLength("band lower", band.lower(), size);
        }
        if (histogram != null) {
            checkLength("histogram", histogram.values(), size);
        }
    }

    private static void checkLength(String what, double[] values, int size) {
        if (values.length < size) {
            throw new IllegalArgumentException(what + " has " + values.length + " values for " + size + " bars");
        }
    }

    /**
     * Widens {@code lowHigh} by the lines' and bands' values at bars opening from {@code fromMillis} to
     * {@code toMillis}: a {@link dev.cryptotrader.charting.PriceRange} for overlays on the price pane.
     */
    public void widen(long fromMillis, long toMillis, double[] lowHigh) {
        int from = java.util.Arrays.binarySearch(openTime, 0, size, fromMillis);
        from = from >= 0 ? from : -from - 1;
        int to = java.util.Arrays.binarySearch(openTime, 0, size, toMillis);
        to = to >= 0 ? to : -to - 2;
        for (Line line : lines) {
            widen(line.values(), from, to, lowHigh);
        }
        for (Band band : bands) {
            widen(band.upper(), from, to, lowHigh);
            widen(band.lower(), from, to, lowHigh);
        }
    }

    private static void widen(double[] values, int from, int to, double[] lowHigh) {
        double low = lowHigh[0];
        double high = lowHigh[1];
        for (int i = from; i <= to; i++) { // branch-free; NaN compares false both ways, so warm-up is skipped
            double v = values[i];
            low = v < low ? v : low;
            high = v > high ? v : high;
        }
        lowHigh[0] = low;
        lowHigh[1] = high;
    }

    public boolean isEmpty() {
        return size == 0 || lines.isEmpty() && bands.isEmpty() && histogram == null;
    }

    /**
     * A line of values drawn in palette colour {@code colour} (0..{@value OverlayPalette#COLOURS}-1, see
     * overlay.css).
     */
    public record Line(String name, double[] values, int colour) {
        public Line {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(values, "values");
        }
    }

    /** A faint fill between two lines (Bollinger upper and lower), in a palette colour. */
    public record Band(double[] upper, double[] lower, int colour) {
        public Band {
            Objects.requireNonNull(upper, "upper");
            Objects.requireNonNull(lower, "lower");
        }
    }

    /** Columns from zero to each value, rising colour above zero and falling below (MACD histogram). */
    public record Histogram(double[] values) {
        public Histogram {
            Objects.requireNonNull(values, "values");
        }
    }
}
