package dev.cryptotrader.app.ui.chart;

import java.util.Arrays;

import dev.cryptotrader.charting.OhlcvBuffer;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;

/** Turns exact stored candles into the plain doubles a chart draws. */
public final class CandleColumns {

    private CandleColumns() {
    }

    public static OhlcvColumns of(CandleSeries s) {
        return of(s, 0);
    }

    /** As {@link #of(CandleSeries)}, with arrays that have {@code room} spare bars for live updates. */
    public static OhlcvColumns of(CandleSeries s, int room) {
        int n = s.size();
        int capacity = n + room;
        long[] time = new long[capacity];
        double[] open = new double[capacity];
        double[] high = new double[capacity];
        double[] low = new double[capacity];
        double[] close = new double[capacity];
        double[] volume = new double[capacity];
        for (int i = 0; i < n; i++) {
            time[i] = s.openTime(i);
            open[i] = s.open(i);
            high[i] = s.high(i);
            low[i] = s.low(i);
            close[i] = s.close(i);
            volume[i] = s.volume(i);
        }
        return new OhlcvColumns(time, open, high, low, close, volume, n);
    }

    /**
     * Loaded for a chart that may go live: with the spare room {@link OhlcvBuffer} wants, and summarised here (off the
     * JavaFX thread) so the chart does not scan the bars when it takes them.
     */
    public static OhlcvColumns forChart(CandleSeries s) {
        return of(s, OhlcvBuffer.roomFor(s.size())).summarize();
    }

    /**
     * The first {@code keep} bars of {@code shown} followed by {@code newer} (all opening after them), in new arrays
     * with room for live bars, summarised: what a chart shows after bars it never saw were stored behind its newest.
     */
    public static OhlcvColumns extend(OhlcvColumns shown, int keep, CandleSeries newer) {
        int n = keep + newer.size();
        int capacity = n + OhlcvBuffer.roomFor(n);
        long[] time = Arrays.copyOf(shown.openTime(), capacity);
        double[] open = Arrays.copyOf(shown.open(), capacity);
        double[] high = Arrays.copyOf(shown.high(), capacity);
        double[] low = Arrays.copyOf(shown.low(), capacity);
        double[] close = Arrays.copyOf(shown.close(), capacity);
        double[] volume = Arrays.copyOf(shown.volume(), capacity);
        for (int i = 0; i < newer.size(); i++) {
            int at = keep + i;
            time[at] = newer.openTime(i);
            open[at] = newer.open(i);
            high[at] = newer.high(i);
            low[at] = newer.low(i);
            close[at] = newer.close(i);
            volume[at] = newer.volume(i);
        }
        return new OhlcvColumns(time, open, high, low, close, volume, n).summarize();
    }
}
