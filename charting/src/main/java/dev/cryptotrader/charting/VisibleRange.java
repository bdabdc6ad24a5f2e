package dev.cryptotrader.charting;

/**
 * What the chart shows: bars {@code firstBar..lastBar} (inclusive indices into the data, -1 when empty), their open
 * times in UTC epoch milliseconds, and the number of bar slots across the plot (the zoom level).
 */
public record VisibleRange(int firstBar, int lastBar, long fromTime, long toTime, int slots) {

    public static final VisibleRange EMPTY = new VisibleRange(-1, -1, 0, 0, 0);

    public boolean isEmpty() {
        return firstBar < 0;
    }

    public int barCount() {
        return isEmpty() ? 0 : lastBar - firstBar + 1;
    }
}
