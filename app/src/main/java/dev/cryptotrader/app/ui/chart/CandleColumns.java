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

    /** A copy of bars {@code from..to-1} of {@code c} (a few live bars kept aside while others are put in place). */
    public static OhlcvColumns slice(OhlcvColumns c, int from, int to) {
        return new OhlcvColumns(Arrays.copyOfRange(c.openTime(), from, to), Arrays.copyOfRange(c.open(), from, to),
                Arrays.copyOfRange(c.high(), from, to), Arrays.copyOfRange(c.low(), from, to),
                Arrays.copyOfRange(c.close(), from, to), Arrays.copyOfRange(c.volume(), from, to));
    }
}
